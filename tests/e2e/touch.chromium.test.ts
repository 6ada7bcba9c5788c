/**
 * Touch screens, in Chromium emulating a 360 × 740 phone (touch events, a device-width viewport): a tap
 * on a highlight opens the card, which fits the screen; a tap outside it or on its close button closes
 * it; the popup (which Firefox for Android opens as a page of the screen's width) works at 360 px,
 * lookup included, and passes axe-core in both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textPoint, useChromium } from './session';
import { waitForState, openOptions } from './chromium';
import { axeOnCardMarkup, axeViolations, cardWorld, type CardWorld } from './card-world';

const SCREEN = { width: 360, height: 740 };
const session = useChromium({ touch: SCREEN });
let page: Page;
let tabId: number;
let world: CardWorld;

const pointAt = (text: string) => page.evaluate(textPoint, [text, 0] as const);
const card = () =>
  world.evaluate<{ open: boolean; title: string; rect: DOMRect | null; close: DOMRect | null }>(`
    const card = root && root.querySelector('.el-popover');
    return {
      open: !!card,
      title: card ? (card.querySelector('.el-card-title')?.textContent ?? '') : '',
      rect: card ? card.getBoundingClientRect().toJSON() : null,
      close: card ? card.querySelector('.el-popover-close').getBoundingClientRect().toJSON() : null,
    };`);

beforeAll(async () => {
  ({ page, tabId } = await session.open('/mobile-article.html'));
  await waitForState(session.ext, tabId, (s) => s.found.length >= 3);
  world = await cardWorld(page);
});
afterAll(async () => {
  await world?.close();
});

describe('touch', () => {
  it('a tap on a highlight opens its card, inside a 360 px screen and off the phrase', async () => {
    expect(await page.evaluate(() => window.innerWidth)).toBe(SCREEN.width);
    const at = await pointAt('anakinra');
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(async () => (await card()).title, { timeout: 5000 }).toContain('IL-1β');
    const { rect } = await card();
    expect(rect!.left).toBeGreaterThanOrEqual(0);
    expect(rect!.right).toBeLessThanOrEqual(SCREEN.width);
    expect(rect!.top).toBeGreaterThanOrEqual(0);
    expect(rect!.bottom).toBeLessThanOrEqual(SCREEN.height);
    expect(at.x >= rect!.left && at.x <= rect!.right && at.y >= rect!.top && at.y <= rect!.bottom).toBe(false);
    // The page itself gained no sideways scroll.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(SCREEN.width);
    expect(await axeOnCardMarkup(page, await world.evaluate<string>('return root.innerHTML;'))).toEqual([]);
  });

  it('a tap outside the card closes it', async () => {
    expect((await card()).open).toBe(true);
    const { rect } = await card();
    // A point of plain text away from the card (above it or below it).
    const y = rect!.top > 120 ? rect!.top - 30 : Math.min(SCREEN.height - 10, rect!.bottom + 30);
    await page.touchscreen.tap(8, y);
    await expect.poll(async () => (await card()).open).toBe(false);
  });

  it('a tap inside the card keeps it; a tap on its close button closes it', async () => {
    const at = await pointAt('young plasma');
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(async () => (await card()).open, { timeout: 5000 }).toBe(true);
    await expect.poll(async () => (await card()).title).not.toBe('');
    const { rect, close } = await card();
    await page.touchscreen.tap(rect!.left + 20, rect!.top + rect!.height / 2);
    expect((await card()).open).toBe(true);
    // The close button is a comfortable target (at least 24 × 24 CSS px, WCAG 2.5.8).
    expect(close!.width).toBeGreaterThanOrEqual(24);
    expect(close!.height).toBeGreaterThanOrEqual(24);
    await page.touchscreen.tap(close!.left + close!.width / 2, close!.top + close!.height / 2);
    await expect.poll(async () => (await card()).open).toBe(false);
  });

  it('the card passes axe-core in the dark theme at 360 px', async () => {
    const options = await openOptions(session.ext);
    await options.getByRole('radio', { name: 'Dark', exact: true }).check({ force: true });
    await page.bringToFront();
    const at = await pointAt('anakinra');
    await page.touchscreen.tap(at.x, at.y);
    await expect.poll(() => world.evaluate<string>("return root?.querySelector('.el-popover')?.dataset.theme ?? ''"), { timeout: 5000 }).toBe('dark');
    await expect.poll(async () => (await card()).title).toContain('IL-1β');
    expect(await axeOnCardMarkup(page, await world.evaluate<string>('return root.innerHTML;'))).toEqual([]);
    await page.screenshot({ path: '/tmp/evidence-lens-touch-card-dark.png' });
    await options.getByRole('radio', { name: 'Same as the system' }).check({ force: true });
    await options.close();
  });
});

describe('the popup on a 360 px touch screen', () => {
  it('fits the width, lists the page, pauses, and the lookup finds and opens an entry', async () => {
    const popup = await session.ext.context.newPage();
    await popup.goto(`chrome-extension://${session.ext.extensionId}/popup.html?tab=${tabId}`);
    const list = popup.getByRole('list', { name: 'Found on this page' });
    await expect.poll(() => list.getByRole('button').count()).toBeGreaterThanOrEqual(3);
    const fits = () => popup.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    expect(await popup.evaluate(() => window.innerWidth)).toBe(SCREEN.width);
    expect(await fits()).toBe(true);
    await expect.poll(() => popup.getByRole('button', { name: 'Pause for 1 hour' }).count()).toBe(1);
    await popup.screenshot({ path: '/tmp/evidence-lens-touch-popup.png' });
    for (const theme of ['dark', 'light'] as const) {
      await popup.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    const search = popup.getByRole('combobox');
    await search.tap();
    await search.fill('rapamycin');
    const option = popup.getByRole('option').first();
    await expect.poll(() => option.textContent()).toMatch(/rapamycin/i);
    await option.tap();
    await expect.poll(() => popup.locator('#el-detail-title').textContent()).toMatch(/rapamycin/i);
    expect(await fits()).toBe(true);
    await popup.screenshot({ path: '/tmp/evidence-lens-touch-entry.png' });
    await popup.close();
  });
});
