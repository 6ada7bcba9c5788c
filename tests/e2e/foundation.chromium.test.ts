/**
 * Foundation, in real Chromium: the built extension loads, finds phrases from data/ on the seed
 * article, paints them with the CSS Custom Highlight API without touching the DOM, sets the badge, and
 * its popup and options page render; the options toggle turns highlighting off live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { startServer, type StaticServer } from './server';
import { launchWithExtension, tabIdOf, waitForState, badgeText, highlightSizes, totalPainted, type ExtensionBrowser } from './chromium';
import { FIXTURES, SCREENSHOTS } from './paths';
import { sharedPath } from '../helpers/shared';

let server: StaticServer;
let ext: ExtensionBrowser;

beforeAll(async () => {
  server = await startServer({ fixtures: FIXTURES, corpus: sharedPath('corpus') });
  ext = await launchWithExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

async function openSeed(): Promise<{ page: Page; tabId: number }> {
  const page = await ext.context.newPage();
  await page.goto(`${server.url}/corpus/seed/article.html`);
  const tabId = await tabIdOf(ext, page);
  return { page, tabId };
}

describe('seed article', () => {
  it('highlights phrases from the evidence base with the Highlight API', async () => {
    const { page, tabId } = await openSeed();
    const state = await waitForState(ext, tabId, (s) => s.found.length > 0);
    const ids = state.found.map((f) => f.entry);
    expect(ids).toEqual(expect.arrayContaining(['il1-anakinra-blood-stem-cell-aging', 'young-blood-plasma-infusions', 'stem-cell-therapy-general']));
    const sizes = await highlightSizes(page);
    expect(totalPainted(sizes)).toBe(state.found.reduce((n, f) => n + f.claims + f.mentions, 0));
    expect(sizes['el-underline-animal-or-lab-only']).toBeGreaterThan(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'seed-highlighted.png') });
    await page.close();
  });

  it('sets the toolbar badge to the number of distinct entries found', async () => {
    const { page, tabId } = await openSeed();
    const state = await waitForState(ext, tabId, (s) => s.found.length > 0);
    await expect.poll(() => badgeText(ext, tabId)).toBe(String(state.found.length));
    await page.close();
  });
});
