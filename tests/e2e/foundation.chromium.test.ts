/**
 * Foundation, in real Chromium: the built extension loads, finds phrases from data/ on the seed
 * article, paints them with the CSS Custom Highlight API without touching the DOM, sets the badge, and
 * its popup and options page render; the options toggle turns highlighting off live.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { useChromium } from './session';
import { tabIdOf, waitForState, badgeText, highlightSizes, totalPainted, openOptions, openPopup, setChecked } from './chromium';
import { SCREENSHOTS } from './paths';


const session = useChromium();

async function openSeed(): Promise<{ page: Page; tabId: number }> {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  const tabId = await tabIdOf(session.ext, page);
  return { page, tabId };
}

describe('seed article', () => {
  it('highlights phrases from the evidence base with the Highlight API', async () => {
    const { page, tabId } = await openSeed();
    const state = await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    const ids = state.found.map((f) => f.entry);
    expect(ids).toEqual(expect.arrayContaining(['il1-anakinra-blood-stem-cell-aging', 'young-blood-plasma-infusions', 'stem-cell-therapy-general']));
    const sizes = await highlightSizes(page);
    expect(totalPainted(sizes)).toBe(state.found.reduce((n, f) => n + f.claims + f.mentions, 0));
    expect(sizes['el-background-animal-or-lab-only']).toBeGreaterThan(0); // the default style
    await page.screenshot({ path: join(SCREENSHOTS, 'seed-highlighted.png') });
    await page.close();
  });

  it('the background hands the phrase data to content scripts through storage.local', async () => {
    const stored = await session.ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('pageData')).pageData);
    expect(stored.id).toMatch(/^[0-9a-f]{16}$/);
    expect(stored.prefilter.length).toBeGreaterThan(1000);
    expect(stored.trie.chars.length).toBeGreaterThan(1000);
    expect(stored.phrases.length).toBeGreaterThan(500);
    expect(() => new RegExp(stored.prefilter.replaceAll('(', '(?:').replaceAll(' ', '\\W*'), 'gi')).not.toThrow();
  });

  it('a page that finds no phrase data in storage asks the background and still scans', async () => {
    const stored = await session.ext.worker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const data = (await chrome.storage.local.get('pageData')).pageData;
      await chrome.storage.local.remove('pageData');
      return data;
    });
    try {
      const { page, tabId } = await openSeed();
      const state = await waitForState(session.ext, tabId, (s) => s.found.length > 0);
      expect(state.found.map((f) => f.entry)).toContain('il1-anakinra-blood-stem-cell-aging');
      await page.close();
    } finally {
      await session.ext.worker.evaluate(async (data) => (globalThis as any).chrome.storage.local.set({ pageData: data }), stored);
    }
  });

  it('sets the toolbar badge to the number of distinct entries found', async () => {
    const { page, tabId } = await openSeed();
    const state = await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe(String(state.found.length));
    await page.close();
  });
});

describe('page safety', () => {
  it('leaves the page DOM byte-identical while painting', async () => {
    const options = await openOptions(session.ext);
    const main = options.getByRole('switch', { name: 'Highlight claims on web pages' });
    await setChecked(main, false);
    const { page, tabId } = await openSeed();
    await waitForState(session.ext, tabId, (s) => !s.active);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await setChecked(main, true);
    await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
    expect(totalPainted(await highlightSizes(page))).toBeGreaterThan(10);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);
    await page.close();
    await options.close();
  });
});

describe('popup and options', () => {
  it('the popup lists what the page has and looks up a misspelled claim', async () => {
    const { page, tabId } = await openSeed();
    await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    const popup = await openPopup(session.ext, tabId);
    const found = popup.getByRole('list', { name: 'Found on this page' });
    await expect.poll(() => found.getByRole('button').count()).toBeGreaterThan(3);
    await expect.poll(() => found.locator('[data-entry="il1-anakinra-blood-stem-cell-aging"]').count()).toBe(1);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-on-this-page.png') });
    await popup.getByRole('combobox', { name: 'Look up a claim' }).fill('anakinara');
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.textContent()).toContain('IL-1β');
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-lookup.png') });
    await popup.close();
    await page.close();
  });

  it('turning highlighting off in the options page clears open tabs live', async () => {
    const { page, tabId } = await openSeed();
    await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    expect(totalPainted(await highlightSizes(page))).toBeGreaterThan(0);
    const options = await openOptions(session.ext);
    await options.screenshot({ path: join(SCREENSHOTS, 'options.png'), fullPage: false });
    const main = options.getByRole('switch', { name: 'Highlight claims on web pages' });
    await setChecked(main, false);
    await waitForState(session.ext, tabId, (s) => !s.active && s.reason === 'disabled');
    expect(totalPainted(await highlightSizes(page))).toBe(0);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe('');
    await setChecked(main, true);
    await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
    expect(totalPainted(await highlightSizes(page))).toBeGreaterThan(0);
    await options.close();
    await page.close();
  });
});
