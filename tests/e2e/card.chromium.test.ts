/**
 * The hover card and keyboard navigation in Chromium, on the seed article: the card for a phrase,
 * hoverable, dismissible with Escape; keyboard commands cycling through every claim in document order
 * with focus in the card and an announcement; light and dark themes, checked by axe-core.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { textPoint, useChromium } from './session';
import { tabIdOf, waitForState, openOptions } from './chromium';
import { cardWorld, axeOnCardMarkup, type CardWorld } from './card-world';
import { SCREENSHOTS } from './paths';

let page: Page;
let tabId: number;
let world: CardWorld;

const pointAt = (text: string, nth = 0) => page.evaluate(textPoint, [text, nth] as const);

const cardState = () =>
  world.evaluate<{ open: boolean; title: string; sources: number; focusInside: boolean; status: string; rect: DOMRect | null; theme: string }>(`
    const card = root && root.querySelector('.el-popover');
    return {
      open: !!card,
      title: card ? (card.querySelector('.el-card-title')?.textContent ?? '') : '',
      sources: card ? card.querySelectorAll('.el-sources a').length : 0,
      focusInside: !!(card && root.activeElement && card.contains(root.activeElement)),
      status: root ? (root.querySelector('[role=status]')?.textContent ?? '') : '',
      rect: card ? card.getBoundingClientRect().toJSON() : null,
      theme: card ? card.dataset.theme : '',
    };`);

async function hover(text: string) {
  const { x, y } = await pointAt(text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
}

const session = useChromium();

beforeAll(async () => {
  page = await session.ext.context.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  tabId = await tabIdOf(session.ext, page);
  await waitForState(session.ext, tabId, (s) => s.found.length > 0);
  world = await cardWorld(page);
});
afterAll(async () => {
  await world?.close();
});

describe('hover card', () => {
  it('shows the entry for the phrase under the pointer, with its sources', async () => {
    await hover('anakinra');
    await expect.poll(async () => (await cardState()).title, { timeout: 5000 }).toContain('IL-1β');
    const state = await cardState();
    expect(state.sources).toBeGreaterThanOrEqual(2);
    expect(state.focusInside).toBe(false); // pointing does not steal focus
    // Next to the phrase, inside the viewport, never over it.
    const phrase = await pointAt('anakinra');
    const r = state.rect!;
    expect(phrase.x >= r.left && phrase.x <= r.right && phrase.y >= r.top && phrase.y <= r.bottom).toBe(false);
    const viewport = page.viewportSize()!;
    expect(r.left >= 0 && r.top >= 0 && r.right <= viewport.width && r.bottom <= viewport.height).toBe(true);
    await page.screenshot({ path: join(SCREENSHOTS, 'card-light.png') });
  });

  it('stays open while the pointer moves into it, and closes on Escape', async () => {
    const { rect } = await cardState();
    expect(rect).not.toBeNull();
    await page.mouse.move(rect!.x + 20, rect!.y + 20, { steps: 5 });
    await page.mouse.move(rect!.x + 40, rect!.y + 60, { steps: 5 });
    // Watch it over twice the grace period the card gives a pointer that has left.
    const deadline = Date.now() + 800;
    while (Date.now() < deadline) expect((await cardState()).open).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState()).open).toBe(false);
  });

  it('passes axe-core in light and dark themes', async () => {
    await hover('anakinra');
    await expect.poll(async () => (await cardState()).open).toBe(true);
    const light = await world.evaluate<string>('return root.innerHTML;');
    expect(await axeOnCardMarkup(page, light)).toEqual([]);
    const options = await openOptions(session.ext);
    await options.getByRole('radio', { name: 'Dark' }).check({ force: true });
    await page.bringToFront();
    await expect.poll(async () => (await cardState()).theme).toBe('dark');
    await page.screenshot({ path: join(SCREENSHOTS, 'card-dark.png') });
    const dark = await world.evaluate<string>('return root.innerHTML;');
    expect(await axeOnCardMarkup(page, dark)).toEqual([]);
    await options.getByRole('radio', { name: 'Same as the system' }).check({ force: true });
    await options.close();
    await page.keyboard.press('Escape');
  });
});

describe('keyboard navigation', () => {
  it('next/previous claim cycle through every highlight in document order, with focus in the card', async () => {
    const command = (name: string) =>
      session.ext.worker.evaluate(([id, c]) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'command', command: c }, { frameId: 0 }), [tabId, name] as const);
    // Every painted range, in document order, read from the page's own highlight registry.
    const expected = await page.evaluate(() => {
      const ranges: Range[] = [];
      for (const [name, h] of (CSS as any).highlights) if (!['el-current', 'el-flash'].includes(name)) for (const r of h) ranges.push(r);
      ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      return ranges.map((r) => r.toString());
    });
    expect(expected.length).toBeGreaterThan(10);
    const current = () => page.evaluate(() => [...((CSS as any).highlights.get('el-current') ?? [])].map((r: Range) => r.toString())[0] ?? null);
    const visited: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await command('next-claim');
      visited.push((await current())!);
      const state = await cardState();
      expect(state.open).toBe(true);
      expect(state.focusInside).toBe(true);
      await expect.poll(async () => (await cardState()).status).toContain(`${i + 1} of ${expected.length}`);
    }
    expect(visited).toEqual(expected);
    await command('next-claim'); // wraps around
    expect(await current()).toBe(expected[0]);
    await command('previous-claim');
    expect(await current()).toBe(expected[expected.length - 1]);
    await page.keyboard.press('Tab');
    expect((await cardState()).focusInside).toBe(true); // Tab moves through the card's links
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardState()).open).toBe(false);
  });
});

describe('the card at 200 % zoom and inside frames', () => {
  it('stays inside a viewport shrunk as by 200 % zoom, and off the phrase', async () => {
    await page.setViewportSize({ width: 600, height: 400 }); // the CSS viewport of 1200×800 at 200 %
    await hover('anakinra');
    await expect.poll(async () => (await cardState()).open).toBe(true);
    const { rect } = await cardState();
    const phrase = await pointAt('anakinra');
    expect(rect!.left >= 0 && rect!.top >= 0 && rect!.right <= 600 && rect!.bottom <= 400).toBe(true);
    expect(phrase.x >= rect!.left && phrase.x <= rect!.right && phrase.y >= rect!.top && phrase.y <= rect!.bottom).toBe(false);
    await page.keyboard.press('Escape');
    await page.setViewportSize({ width: 1200, height: 800 });
  });

  it('opens inside a same-origin frame, in that frame', async () => {
    const { page: framed } = await session.open('/frames.html');
    const frame = framed.frame({ url: /frame-inner/ })!;
    await expect.poll(() => frame.evaluate(() => [...(CSS as any).highlights.values()].reduce((n: number, h: any) => n + h.size, 0))).toBeGreaterThan(0);
    const box = await framed.locator('#inner').boundingBox();
    const inFrame = await frame.evaluate(textPoint, ['vampire facial', 0] as const);
    await framed.mouse.move(box!.x + inFrame.x - 3, box!.y + inFrame.y);
    await framed.mouse.move(box!.x + inFrame.x, box!.y + inFrame.y);
    await expect.poll(() => frame.evaluate(() => !!document.querySelector('evidence-lens-ui'))).toBe(true);
    expect(await framed.evaluate(() => !!document.querySelector('evidence-lens-ui'))).toBe(false);
    await framed.close();
  });
});
