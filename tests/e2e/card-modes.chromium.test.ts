/**
 * How the card opens, as the reader chooses it (on hover after the delay, on a click only, on hover
 * with a key held), and the card's text size, in Chromium on the seed article; the new options pass
 * axe-core in both themes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textPoint, useChromium } from './session';
import { tabIdOf, waitForState, openOptions } from './chromium';
import { axeOnCardMarkup, axeViolations, cardWorld, type CardWorld } from './card-world';

let page: Page;
let options: Page;
let world: CardWorld;

const session = useChromium();
const pointAt = (text: string) => page.evaluate(textPoint, [text, 0] as const);
const card = () =>
  world.evaluate<{ open: boolean; title: string; size: string; width: number; zoom: string }>(`
    const card = root && root.querySelector('.el-popover');
    const body = card && card.querySelector('.el-popover-body');
    return {
      open: !!card,
      title: card ? (card.querySelector('.el-card-title')?.textContent ?? '') : '',
      size: card ? card.dataset.size : '',
      width: card ? card.getBoundingClientRect().width : 0,
      zoom: body ? getComputedStyle(body).zoom : '',
    };`);

/** Asserts the card stays closed for twice the hover delay (300 ms), watched from the page. */
async function staysClosed() {
  const deadline = Date.now() + 700;
  while (Date.now() < deadline) expect((await card()).open).toBe(false);
}

async function choose(name: string) {
  await options.getByRole('radio', { name }).check({ force: true });
  await page.bringToFront();
}

async function pointerTo(text: string) {
  const { x, y } = await pointAt(text);
  await page.mouse.move(x - 3, y);
  await page.mouse.move(x, y);
  return { x, y };
}

beforeAll(async () => {
  page = await session.ext.context.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  const tabId = await tabIdOf(session.ext, page);
  await waitForState(session.ext, tabId, (s) => s.found.length > 0);
  world = await cardWorld(page);
  options = await openOptions(session.ext);
});
afterAll(async () => {
  await world?.close();
});

describe('how the card opens', () => {
  it('"only when I click": pointing does nothing, a click opens it and it stays until a click elsewhere', async () => {
    await choose('Only on a click');
    await pointerTo('anakinra');
    await staysClosed();
    const { x, y } = await pointAt('anakinra');
    await page.mouse.click(x, y);
    await expect.poll(async () => (await card()).title, { timeout: 5000 }).toContain('IL-1β');
    // Opened by a click, it is kept while the pointer wanders off (a click elsewhere closes it).
    await page.mouse.move(5, 5, { steps: 4 });
    const deadline = Date.now() + 800;
    while (Date.now() < deadline) expect((await card()).open).toBe(true);
    await page.mouse.click(5, 5);
    await expect.poll(async () => (await card()).open).toBe(false);
  });

  it('"while holding a key": pointing alone does nothing; holding the chosen key opens it', async () => {
    await choose('On hover while holding a key');
    await options.getByRole('radio', { name: 'Shift' }).check({ force: true });
    await page.bringToFront();
    await pointerTo('anakinra');
    await staysClosed();
    await page.keyboard.down('Shift');
    await expect.poll(async () => (await card()).open, { timeout: 5000 }).toBe(true);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open).toBe(false);
    // Pointing with the key already held opens it too.
    await page.mouse.move(5, 5);
    await page.keyboard.down('Shift');
    await pointerTo('anakinra');
    await expect.poll(async () => (await card()).open, { timeout: 5000 }).toBe(true);
    await page.keyboard.up('Shift');
    await page.keyboard.press('Escape');
  });

  it('"on hover" (the default) opens it after the delay', async () => {
    await choose('On hover, after the delay');
    await page.mouse.move(5, 5);
    await pointerTo('anakinra');
    await expect.poll(async () => (await card()).open, { timeout: 5000 }).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await card()).open).toBe(false);
  });
});

describe('card text size', () => {
  it('large and small scale the card’s text; each passes axe-core in both themes', async () => {
    const seen: Record<string, { width: number; zoom: string }> = {};
    for (const [label, size] of [['Large', 'large'], ['Small', 'small'], ['Normal', 'normal']] as const) {
      await choose(label);
      await page.mouse.move(5, 5);
      await pointerTo('anakinra');
      await expect.poll(async () => (await card()).size, { timeout: 5000 }).toBe(size);
      await expect.poll(async () => (await card()).title).toContain('IL-1β');
      seen[size] = await card();
      for (const theme of ['Dark', 'Light'] as const) {
        await options.getByRole('radio', { name: theme, exact: true }).check({ force: true });
        await page.bringToFront();
        await expect.poll(() => world.evaluate<string>("return root.querySelector('.el-popover').dataset.theme")).toBe(theme.toLowerCase());
        expect(await axeOnCardMarkup(page, await world.evaluate<string>('return root.innerHTML;'))).toEqual([]);
      }
      await page.keyboard.press('Escape');
    }
    expect(seen.large.zoom).toBe('1.2');
    expect(seen.small.zoom).toBe('0.88');
    expect(seen.normal.zoom).toBe('1');
    expect(seen.large.width).toBeGreaterThan(seen.normal.width);
    await options.getByRole('radio', { name: 'Same as the system' }).check({ force: true });
  });

  it('the options page with the new choices passes axe-core in both themes', async () => {
    await options.bringToFront();
    await options.getByRole('radio', { name: 'On hover while holding a key' }).check();
    for (const theme of ['Dark', 'Light'] as const) {
      await options.getByRole('radio', { name: theme, exact: true }).check();
      await expect.poll(() => options.evaluate(() => document.querySelector('[data-theme]')?.getAttribute('data-theme'))).toBe(theme.toLowerCase());
      expect(await axeViolations(options)).toEqual([]);
    }
    await options.getByRole('radio', { name: 'On hover, after the delay' }).check();
    await options.getByRole('radio', { name: 'Same as the system' }).check();
  });
});
