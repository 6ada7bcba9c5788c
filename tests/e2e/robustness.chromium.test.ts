/**
 * Hostile page shapes in Chromium: 100,000 text nodes, 5,000 levels of nesting, one 5 MB text node, and
 * a page appending 1,000 paragraphs a second for 10 seconds. The scan finishes, finds what is there, no
 * error is thrown, and the work is cut into slices that yield to the page, none holding more than the
 * count of work the scanner allows. These are what the code controls, so a busy machine cannot fail
 * them; how long the slices take in milliseconds is measured by `npm run bench`, not asserted here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './session';
import { tabIdOf, waitForState, openOptions, setChecked, type PageState } from './chromium';
import { SLICE_WORK, STEP_MAX } from '../../utils/page/slice-clock';

let options: Page;

const session = useChromium();

beforeAll(async () => {
  options = await openOptions(session.ext);
});

const highlighting = (on: boolean) => setChecked(options.getByRole('switch', { name: 'Highlight claims on web pages' }), on);

/** The work was cut into `atLeast` slices or more, none over the scanner's count of work. */
function expectSliced(state: PageState, atLeast: number) {
  expect(state.slicing.slices).toBeGreaterThanOrEqual(atLeast);
  expect(state.slicing.mostWork).toBeGreaterThan(0);
  expect(state.slicing.mostWork).toBeLessThanOrEqual(SLICE_WORK + STEP_MAX);
}

describe('huge and hostile pages stay responsive', () => {
  // Slices at least: 100,000 text nodes are 100,000 units of work; 5 MB of text ~80,000 units.
  it.each([
    ['/many-nodes.html', 'stem-cell-therapy-general', 10],
    ['/deep.html', 'human-growth-hormone', 1],
    ['/huge-text.html', 'nmn', 8],
  ])('%s: scanned in bounded slices, found, no error', async (path, entry, slices) => {
    await highlighting(false);
    const page = await session.ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}${path}`);
    await page.waitForFunction(() => document.title === 'ready');
    const tabId = await tabIdOf(session.ext, page);
    await waitForState(session.ext, tabId, (s) => !s.active);
    await highlighting(true);
    const state = await waitForState(session.ext, tabId, (s) => s.active && s.found.some((f) => f.entry === entry));
    expectSliced(state, slices);
    expect(errors).toEqual([]);
    await page.close();
  });

  // Every appended paragraph is found (none lost to batching), in slices within the count of work.
  it('a page appending 1,000 paragraphs a second for 10 seconds', async () => {
    await highlighting(true);
    const page = await session.ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${session.server.url}/growing.html`);
    const tabId = await tabIdOf(session.ext, page);
    await waitForState(session.ext, tabId);
    await page.evaluate(() => (window as any).startGrowing());
    await page.waitForFunction(() => document.title === 'done', undefined, { timeout: 30_000 });
    const state = await waitForState(session.ext, tabId, (s) => s.found.some((f) => f.entry === 'young-blood-plasma-infusions' && f.claims >= 900));
    expect(state.found.find((f) => f.entry === 'young-blood-plasma-infusions')!.claims).toBe(1000);
    expectSliced(state, 2);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
