/**
 * Detection on live pages in Chromium: text added later, single-page navigation, shadow roots,
 * same-origin frames, editors; and on every page of the shared corpus, an untouched DOM and no new errors.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './session';
import { waitForState, highlightSizes, totalPainted } from './chromium';


const session = useChromium();

const open = (path: string) => session.open(path);
const entries = (s: { found: { entry: string }[] }) => s.found.map((f) => f.entry).sort();

describe('dynamic pages', () => {
  it('finds text that scripts add later and text that changes in place', async () => {
    const { page, tabId } = await open('/dynamic.html');
    expect(entries(await waitForState(session.ext, tabId))).toEqual([]);
    await page.click('#more');
    await waitForState(session.ext, tabId, (s) => entries(s).includes('young-blood-plasma-infusions'));
    await page.evaluate(() => (window as any).setStatus('Status: now selling NMN.'));
    await waitForState(session.ext, tabId, (s) => entries(s).includes('nmn'));
    await page.evaluate(() => (window as any).setStatus('Status: sold out.'));
    await waitForState(session.ext, tabId, (s) => !entries(s).includes('nmn'));
    await page.close();
  });

  it('follows a single-page app to its next view', async () => {
    const { page, tabId } = await open('/spa.html');
    await waitForState(session.ext, tabId, (s) => entries(s).includes('metformin-aging-tame'));
    await page.click('#go');
    const after = await waitForState(session.ext, tabId, (s) => entries(s).includes('spermidine'));
    expect(entries(after)).toEqual(['spermidine', 'taurine']);
    await page.close();
  });
});

describe('documents inside documents', () => {
  it('paints inside open shadow roots, never inside closed ones', async () => {
    const { page, tabId } = await open('/shadow.html');
    const state = await waitForState(session.ext, tabId, (s) => entries(s).includes('nmn'));
    expect(entries(state)).toEqual(['nmn', 'resveratrol-sirtuins']);
    // The open root received our ::highlight() rules as an adopted sheet; its DOM gained nothing.
    const inside = await page.evaluate(() => {
      const root = document.getElementById('open')!.shadowRoot!;
      return { sheets: root.adoptedStyleSheets.length, html: root.innerHTML };
    });
    expect(inside.sheets).toBe(1);
    expect(inside.html).toBe('<style>p{font-family:serif}</style><p>Inside an open shadow root: NMN supplements.</p>');
    await page.close();
  });

  it('paints a same-origin frame, whose entries count on the badge', async () => {
    const { page, tabId } = await open('/frames.html');
    await waitForState(session.ext, tabId, (s) => entries(s).includes('epigenetic-clocks-biological-age'));
    const frame = page.frame({ url: /frame-inner/ })!;
    await expect.poll(async () => totalPainted(await highlightSizes(frame as unknown as Page))).toBeGreaterThan(0);
    await expect.poll(() => session.ext.worker.evaluate((id) => (globalThis as any).chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('3');
    await page.close();
  });

  it('never paints editors, text areas or inputs', async () => {
    const { page, tabId } = await open('/editable.html');
    const state = await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    expect(entries(state)).toEqual(['human-growth-hormone']);
    await page.close();
  });
});
