/**
 * The frame gate (utils/page/frame-gate.ts) in Chromium, on the test build (its frames show the gate's
 * decision as data-el-test-frame; release builds have no such hook): frames without text to read start
 * nothing, a frame that receives text later wakes up, is scanned and counts on the badge (with the top
 * page's matcher, data-el-test-matcher), and a cross-origin frame with text is scanned as before.
 */
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { useChromium } from './session';
import { badgeText, highlightSizes, totalPainted, waitForState } from './chromium';
import { CHROME_TEST_DIR } from './paths';

const session = useChromium({ extensionDir: CHROME_TEST_DIR });

const gate = (frame: Frame) => frame.evaluate(() => document.documentElement.getAttribute('data-el-test-frame'));
const matcherOf = (frame: Frame) => frame.evaluate(() => document.documentElement.getAttribute('data-el-test-matcher'));
const frameOf = (page: Page, id: string) => page.locator(`#${id}`).elementHandle().then((el) => el!.contentFrame()) as Promise<Frame>;

describe('frames on a news page', () => {
  it('starts nothing in textless, tiny or hidden frames and wakes a frame when text arrives', async () => {
    // Arrange
    const { page, tabId } = await session.open('/frame-gate.html');
    await waitForState(session.ext, tabId, (s) => s.found.some((f) => f.entry === 'epigenetic-clocks-biological-age'));
    const [late, ad, pixel, hidden] = await Promise.all(['late', 'ad', 'pixel', 'hidden'].map((id) => frameOf(page, id)));
    const cross = page.frames().find((f) => f.url().includes('localhost'))!;
    for (const frame of [late, ad, pixel, hidden]) await expect.poll(() => gate(frame)).toBe('dormant');
    // The cross-origin comment widget has text: it is scanned and counted (top page + widget).
    await expect.poll(() => gate(cross)).toBe('started');
    await expect.poll(async () => totalPainted(await highlightSizes(cross as unknown as Page))).toBeGreaterThan(0);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe('2');

    // Act: an article arrives in the empty frame.
    await page.evaluate(() => (window as any).fillLate());

    // Assert: it wakes, is painted and counts (nmn; "anti-ageing" is the general entry, which rides on the
    // NMN card in the same sentence); the others stay asleep, so the tracker's and the hidden frame's
    // text (vampire facial, PRP) never reaches the badge.
    await expect.poll(() => gate(late)).toBe('started');
    await expect.poll(async () => totalPainted(await highlightSizes(late as unknown as Page))).toBeGreaterThan(0);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe('3');
    // The same-origin frame scans with the top page's matcher; the cross-origin widget built its own.
    expect(await matcherOf(late)).toBe('shared');
    expect(await matcherOf(cross)).toBe('built');
    expect(await matcherOf(page.mainFrame())).toBe('built');
    for (const frame of [ad, pixel, hidden]) expect(await gate(frame)).toBe('dormant');
    for (const frame of [ad, pixel, hidden]) expect(await matcherOf(frame)).toBeNull();
    for (const frame of [ad, pixel, hidden]) expect(totalPainted(await highlightSizes(frame as unknown as Page))).toBe(0);
    await page.close();
  });

  it('declares the app for top frames and only the small gate for frames', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CHROME_DIR } = await import('./paths');
    const manifest = JSON.parse(readFileSync(join(CHROME_DIR, 'manifest.json'), 'utf8'));
    const scripts = manifest.content_scripts as { js: string[]; all_frames?: boolean; exclude_matches?: string[] }[];
    expect(scripts.find((s) => s.js.includes('content-scripts/content.js'))!.all_frames).toBe(false);
    const gate = scripts.find((s) => s.js.includes('frame-gate.js'))!;
    expect(gate.all_frames).toBe(true);
    expect(gate.exclude_matches).toContain('*://*.doubleclick.net/*');
    expect(readFileSync(join(CHROME_DIR, 'frame-gate.js')).length).toBeLessThan(4096);
  });

  it('leaves the test hook out of the release build', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { CHROME_DIR } = await import('./paths');
    for (const file of [join('content-scripts', 'content.js'), 'frame-gate.js']) {
      const release = readFileSync(join(CHROME_DIR, file), 'utf8');
      const test = readFileSync(join(CHROME_TEST_DIR, file), 'utf8');
      expect(test).toContain('data-el-test-frame');
      expect(release).not.toContain('data-el-test-frame');
    }
  });
});
