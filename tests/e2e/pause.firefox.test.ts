/**
 * The timed pause in Firefox ESR, on the test-hooks build (.output/firefox-mv2-test). Firefox's remote
 * protocol opens no moz-extension:// page and sends no extension keyboard command, so the test starts
 * the "pause this site" command with a page event the test build listens for (utils/page/test-hooks.ts);
 * from there the path is the real one: content script → background (pauseEnd, stored settings) →
 * storage change → the page's status, its pause-end timer, and the repaint. In this build "1 hour"
 * lasts FIREFOX_TEST_PAUSE_MS, so the pause can be seen to end by itself.
 *
 * Not covered here (tested in Chromium only, tests/e2e/pause.chromium.test.ts): the keyboard shortcut
 * reaching the background through the browser's commands API, the popup's pause buttons and notice,
 * the toolbar badge, a real hour, and a pause surviving a browser restart.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox, waitForHighlights } from './firefox';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_DIR, FIREFOX_TEST_DIR, FIREFOX_TEST_PAUSE_MS } from './paths';

const session = useFirefox(FIREFOX_TEST_DIR);

const painted = (page: Page) =>
  page.evaluate(() => {
    let total = 0;
    for (const [name, h] of (CSS as any).highlights) if (name.startsWith('el-') && !['el-current', 'el-flash'].includes(name)) total += h.size;
    return total;
  });
const totalOf = (sizes: Record<string, number>) =>
  Object.entries(sizes).reduce((n, [name, size]) => n + (['el-current', 'el-flash'].includes(name) ? 0 : size), 0);
const status = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-el-test-status'));
const pauseCommand = (page: Page) =>
  page.evaluate(() => void window.dispatchEvent(new CustomEvent('el-test-command', { detail: 'pause-site' })));
const waitForStatus = (page: Page, want: string) =>
  page.waitForFunction((w) => document.documentElement.getAttribute('data-el-test-status') === w, { timeout: FIREFOX_TEST_PAUSE_MS + 15_000, polling: 100 }, want);

async function openSeed(): Promise<{ page: Page; before: number }> {
  const page = await session.firefox.browser.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  await waitForHighlights(page, 10);
  await waitForStatus(page, 'active');
  return { page, before: await painted(page) };
}

describe('Firefox: the timed pause', () => {
  it('the pause command clears the highlights, a reload stays paused, and the pause ends by itself', async () => {
    const { page, before } = await openSeed();
    await pauseCommand(page);
    await waitForStatus(page, 'paused');
    expect(await painted(page)).toBe(0);
    const until = Number(await page.evaluate(() => document.documentElement.getAttribute('data-el-test-paused-until')));
    expect(until).toBeGreaterThan(0);

    // A fresh page on the same site reads the stored pause: paused, nothing painted.
    await page.reload();
    await waitForStatus(page, 'paused');
    expect(await painted(page)).toBe(0);

    // No further action: the page's own timer ends the pause at the stored end, and it paints again.
    await waitForStatus(page, 'active');
    expect(await page.evaluate((end) => Date.now() >= end, until)).toBe(true);
    // At least what was painted before the pause (the first scan may not have finished then).
    expect(totalOf(await waitForHighlights(page, before))).toBeGreaterThanOrEqual(before);
    await page.close();
  });

  it('the command again, while paused, resumes at once (before the pause would end)', async () => {
    const { page, before } = await openSeed();
    await pauseCommand(page);
    await waitForStatus(page, 'paused');
    const until = Number(await page.evaluate(() => document.documentElement.getAttribute('data-el-test-paused-until')));
    await pauseCommand(page);
    await waitForStatus(page, 'active');
    // Resumed by the command, not by the clock: the pause's own end is still ahead.
    expect(await page.evaluate((end) => Date.now() < end, until)).toBe(true);
    expect(totalOf(await waitForHighlights(page, before))).toBeGreaterThanOrEqual(before);
    expect(await status(page)).toBe('active');
    await page.close();
  });

  it('the command event and the status mark exist only in the test build', () => {
    const content = (dir: string) => readFileSync(join(dir, 'content-scripts', 'content.js'), 'utf8');
    expect(content(FIREFOX_TEST_DIR)).toContain('el-test-command');
    expect(content(FIREFOX_DIR)).not.toContain('el-test-command');
    expect(content(FIREFOX_DIR)).not.toContain('data-el-test-status');
  });
});
