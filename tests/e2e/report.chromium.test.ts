/**
 * Reports, in Chromium: the card's "Report a problem with this entry" opens the entry's page with the
 * report composed (entry id, phrase, verdict, review date); the sentence and the page address join it
 * only when ticked; "Copy the report" puts exactly that on the clipboard; the e-mail draft is a mailto:
 * link the reader follows; the popup's full entry offers "Suggest a missing claim"; all of it passes
 * axe-core in both themes. (tests/e2e/privacy.chromium.test.ts uses it too, and sees no request.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { textPoint, useChromium } from './session';
import { tabIdOf, waitForState, openPopup, openOptions } from './chromium';
import { axeViolations, cardWorld, type CardWorld } from './card-world';

const session = useChromium();
let page: Page;
let tabId: number;
let world: CardWorld;

beforeAll(async () => {
  await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  page = await session.ext.context.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  tabId = await tabIdOf(session.ext, page);
  await waitForState(session.ext, tabId, (s) => s.found.length > 0);
  world = await cardWorld(page);
});

async function openCard(text: string) {
  const { x, y } = await page.evaluate(textPoint, [text, 0] as const);
  await page.mouse.click(x, y);
  await expect.poll(() => world.evaluate<string>("return root?.querySelector('.el-card-title')?.textContent ?? ''"), { timeout: 5000 }).not.toBe('');
}

const reportText = (p: Page) => p.getByRole('textbox', { name: 'The report' }).inputValue();

describe('reporting from the card', () => {
  it('opens the entry with the report; the sentence and address join only when ticked; copy copies it', async () => {
    await openCard('anakinra');
    const opened = session.ext.context.waitForEvent('page', (p) => p.url().includes('/report/problem/'));
    // A real click (the card is a closed shadow root: its button's place is read from the extension's world).
    const button = await world.evaluate<{ x: number; y: number }>(`
      const b = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Report a problem with this entry');
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`);
    await page.mouse.click(button.x, button.y);
    const report = await opened;
    await report.waitForLoadState();
    await expect.poll(() => reportText(report), { timeout: 5000 }).toContain('Entry: il1-anakinra-blood-stem-cell-aging');
    const plain = await reportText(report);
    expect(plain).toContain('Phrase: anakinra');
    expect(plain).toMatch(/Verdict: animal-or-lab-only/);
    expect(plain).toMatch(/Reviewed: \d{4}-\d\d-\d\d/);
    expect(plain).not.toContain('Sentence:');
    expect(plain).not.toContain(session.server.url);

    await report.getByRole('checkbox', { name: /Include the sentence from the page/ }).check();
    await expect.poll(() => reportText(report)).toMatch(/Sentence: .*anakinra/);
    expect(await reportText(report)).not.toContain('Page:');
    await report.getByRole('checkbox', { name: /Include the page’s address/ }).check();
    await expect.poll(() => reportText(report)).toContain(`Page: ${session.server.url}/corpus/seed/article.html`);
    await report.getByRole('textbox', { name: 'What is wrong (optional)' }).fill('The verdict seems too kind.');
    await expect.poll(() => reportText(report)).toContain('Note: The verdict seems too kind.');

    await report.getByRole('button', { name: 'Copy the report' }).click();
    await expect.poll(() => report.getByRole('status').textContent()).toContain('Copied');
    expect(await report.evaluate(() => navigator.clipboard.readText())).toBe(await reportText(report));

    const mailto = await report.getByRole('link', { name: 'Open an e-mail draft' }).getAttribute('href');
    expect(mailto!.startsWith('mailto:?subject=')).toBe(true);
    expect(decodeURIComponent(mailto!)).toContain('Entry: il1-anakinra-blood-stem-cell-aging');
    // No form address is configured in this build, so there is no form link.
    expect(await report.getByRole('link', { name: 'Open the report form' }).count()).toBe(0);

    for (const theme of ['dark', 'light'] as const) {
      await report.emulateMedia({ colorScheme: theme });
      await expect.poll(() => report.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
      expect(await axeViolations(report)).toEqual([]);
    }
    await report.setViewportSize({ width: 360, height: 740 });
    await report.screenshot({ path: '/tmp/evidence-lens-report-360.png', fullPage: true });
    await report.close();
  });

  it('by keyboard too: a jump focuses the card, Tab reaches "Suggest a missing claim", Enter opens it', async () => {
    await page.bringToFront();
    await session.ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'command', command: 'next-claim' }, { frameId: 0 }), tabId);
    await expect.poll(() => world.evaluate<boolean>('return !!root?.activeElement;')).toBe(true);
    for (let i = 0; i < 40; i++) {
      if ((await world.evaluate<string>("return root.activeElement?.textContent ?? '';")) === 'Suggest a missing claim') break;
      await page.keyboard.press('Tab');
    }
    expect(await world.evaluate<string>("return root.activeElement?.textContent ?? '';")).toBe('Suggest a missing claim');
    const opened = session.ext.context.waitForEvent('page', (p) => p.url().includes('/report/missing/'));
    await page.keyboard.press('Enter');
    const report = await opened;
    await expect.poll(() => reportText(report), { timeout: 5000 }).toContain('Report: a missing claim');
    await report.close();
    await page.bringToFront();
    await page.keyboard.press('Escape');
  });

  it('the card’s report buttons pass axe-core (with the card) in both themes', async () => {
    await page.bringToFront();
    await openCard('anakinra');
    const { axeOnCardMarkup } = await import('./card-world');
    const options = await openOptions(session.ext);
    for (const theme of ['Dark', 'Light'] as const) {
      await options.getByRole('radio', { name: theme, exact: true }).check({ force: true });
      await page.bringToFront();
      await expect.poll(() => world.evaluate<string>("return root.querySelector('.el-popover')?.dataset.theme ?? ''")).toBe(theme.toLowerCase());
      const names = await world.evaluate<string[]>("return [...root.querySelectorAll('.el-report-open')].map((b) => b.textContent);");
      expect(names).toEqual(['Report a problem with this entry', 'Suggest a missing claim']);
      expect(await axeOnCardMarkup(page, await world.evaluate<string>('return root.innerHTML;'))).toEqual([]);
    }
    await options.getByRole('radio', { name: 'Same as the system' }).check({ force: true });
    await options.close();
    await page.keyboard.press('Escape');
  });
});

describe('reporting from the full entry', () => {
  it('the popup’s entry view composes "Suggest a missing claim" without page details', async () => {
    const popup = await openPopup(session.ext, tabId, '&q=rapamycin');
    await popup.getByRole('option').first().click();
    await popup.getByRole('button', { name: 'Suggest a missing claim' }).click();
    await expect.poll(() => reportText(popup)).toContain('Report: a missing claim');
    expect(await reportText(popup)).toMatch(/Entry: \S*rapamycin/);
    expect(await popup.getByRole('checkbox').count()).toBe(0); // no sentence, no page: the popup has none
    for (const theme of ['dark', 'light'] as const) {
      await popup.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
  });
});
