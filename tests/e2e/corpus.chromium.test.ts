/**
 * Every real page of ../shared/corpus in Chromium: the page's DOM serialization is byte-identical before
 * and after our scan and paint, and the page logs no error it would not log without us.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './session';
import { tabIdOf, waitForState, highlightSizes, totalPainted, openOptions, setChecked } from './chromium';
import { corpusPages } from '../helpers/shared';

let options: Page;
let page: Page;
let tabId: number;
const pages = corpusPages();

const setHighlighting = async (on: boolean) => {
  const main = options.getByRole('switch', { name: 'Highlight claims on web pages' });
  await setChecked(main, on);
};

const session = useChromium();

beforeAll(async () => {
  options = await openOptions(session.ext);
  page = await session.ext.context.newPage();
  tabId = await tabIdOf(session.ext, page);
});

describe('the shared corpus of real pages', () => {
  it('is there, with the pages its manifest lists', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps every page’s DOM byte-identical while we scan and paint (page scripts off, so only we could change it)', async () => {
    // Served under /csp/ with "default-src 'none'": the page's own scripts cannot run (content scripts
    // are exempt from page CSP), so any difference could only come from us.
    const changed: string[] = [];
    const painted: string[] = [];
    for (const path of pages) {
      await setHighlighting(false);
      await page.goto(`${session.server.url}/csp/corpus/${path}`, { waitUntil: 'domcontentloaded' });
      await waitForState(session.ext, tabId, (s) => !s.active);
      const before = await page.evaluate(() => document.documentElement.outerHTML);
      await setHighlighting(true);
      const state = await waitForState(session.ext, tabId, (s) => s.active);
      const after = await page.evaluate(() => document.documentElement.outerHTML);
      if (after !== before) changed.push(path);
      if (state.found.length && totalPainted(await highlightSizes(page)) > 0) painted.push(path);
    }
    expect(changed).toEqual([]);
    // The comparison covered painted pages, not only idle ones (the corpus is mostly near-misses).
    expect(painted).toEqual(expect.arrayContaining(['seed/article.html']));
  }, 300_000);

  it('adds no page errors (page scripts on)', async () => {
    const added: string[] = [];
    await setHighlighting(true);
    for (const path of pages) {
      const errorsWith: string[] = [];
      const record = (e: Error) => errorsWith.push(e.message);
      page.on('pageerror', record);
      await page.goto(`${session.server.url}/corpus/${path}`, { waitUntil: 'domcontentloaded' });
      await waitForState(session.ext, tabId, (s) => s.active);
      page.off('pageerror', record);
      // Errors that come from our own code would name the extension.
      for (const message of errorsWith) if (/chrome-extension:|Evidence Lens/.test(message)) added.push(`${path}: ${message}`);
    }
    expect(added).toEqual([]);
  }, 300_000);
});
