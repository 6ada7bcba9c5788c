/**
 * Security in Chromium: a hostile page (broken DOM methods, CSS that hides our card, spoofed
 * "newer script" signals) cannot stop the scan or hide the card; a page with a strict
 * Content-Security-Policy still gets highlights and a styled card; only well-formed messages from the
 * extension are answered. (Teardown on extension reload: tests/unit/content-lifecycle.test.ts; a
 * command-line-loaded extension cannot be reloaded under test here, it comes back disabled.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './session';
import { waitForState, highlightSizes, totalPainted } from './chromium';
import { cardWorld } from './card-world';


const session = useChromium();

const open = (path: string) => session.open(path);

async function openCardOn(page: Page, tabId: number) {
  await session.ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'command', command: 'next-claim' }, { frameId: 0 }), tabId);
  const world = await cardWorld(page);
  await expect.poll(() => world.evaluate<boolean>("return !!root?.querySelector('.el-card-title')")).toBe(true);
  return world;
}

describe('a hostile page', () => {
  it('cannot break the scan, hide the card or switch us off', async () => {
    const { page, tabId } = await open(`/hostile.html?ext=${session.ext.extensionId}`);
    const state = await waitForState(session.ext, tabId, (s) => s.found.length >= 4);
    expect(state.found.map((f) => f.entry)).toEqual(expect.arrayContaining(['stem-cell-therapy-general', 'young-blood-plasma-infusions', 'nmn']));
    const world = await openCardOn(page, tabId);
    const card = await world.evaluate<{ display: string; width: number }>(`
      return { display: getComputedStyle(host).display, width: root.querySelector('.el-popover').getBoundingClientRect().width };`);
    expect(card.display).toBe('block');
    expect(card.width).toBeGreaterThan(200);
    // The page spoofs WXT's "a newer copy of this script started" signal, both ways it is sent.
    await page.click('#spoof');
    await page.evaluate(() => document.body.appendChild(document.createElement('p')).append('Later text about the TAME trial of metformin and aging.'));
    const after = await waitForState(session.ext, tabId, (s) => s.found.some((f) => f.entry === 'metformin-aging-tame'));
    expect(after.active).toBe(true);
    expect(totalPainted(await highlightSizes(page))).toBeGreaterThan(4);
    await world.close();
    await page.close();
  });
});

describe('a strict Content-Security-Policy', () => {
  it('(default-src \'none\') still gets highlights and a fully styled card', async () => {
    const { page, tabId } = await open('/csp-none/strict-csp.html');
    await waitForState(session.ext, tabId, (s) => s.found.length >= 3);
    expect(totalPainted(await highlightSizes(page))).toBeGreaterThanOrEqual(3);
    const world = await openCardOn(page, tabId);
    const style = await world.evaluate<{ position: string; background: string }>(`
      const card = root.querySelector('.el-popover');
      const cs = getComputedStyle(card);
      return { position: cs.position, background: cs.backgroundColor };`);
    expect(style.position).toBe('fixed');
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    await world.close();
    await page.close();
  });
});

describe('messages', () => {
  it('malformed messages are dropped with a warning, and answered with nothing', async () => {
    const { page, tabId } = await open('/corpus/seed/article.html');
    await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    const answers = await session.ext.worker.evaluate(async (id) => {
      const chrome = (globalThis as any).chrome;
      const ask = (m: unknown) => chrome.tabs.sendMessage(id, m, { frameId: 0 }).catch((e: Error) => `error: ${e.message}`);
      return [await ask({ type: 'reveal' }), await ask({ type: 'reveal', entry: '<img src=x onerror=alert(1)>' }), await ask('get-page-state'), await ask({ type: 'unknown' })];
    }, tabId);
    for (const answer of answers) expect(answer === undefined || String(answer).startsWith('error')).toBe(true);
    await expect.poll(() => warnings.filter((w) => w.includes('dropped a malformed message')).length).toBe(4);
    // The background answers well-formed requests only.
    const options = await session.ext.context.newPage();
    await options.goto(`chrome-extension://${session.ext.extensionId}/welcome.html`);
    const [good, bad] = await options.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      return [await chrome.runtime.sendMessage({ type: 'get-entry', id: 'nmn' }), await chrome.runtime.sendMessage({ type: 'get-entry', id: 'nmn', extra: true })];
    });
    expect(good.id).toBe('nmn');
    expect(bad ?? null).toBeNull();
    await options.close();
    await page.close();
  });
});
