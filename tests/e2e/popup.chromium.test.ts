/**
 * The toolbar popup in Chromium: what the page has (click scrolls to it and opens its card), the
 * clear states (not scannable, off here), the fuzzy lookup by keyboard alone, the context-menu lookup,
 * and axe-core in both themes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { useChromium } from './session';
import { tabIdOf, waitForState, openPopup, openOptions, highlightSizes } from './chromium';
import { axeViolations, cardWorld } from './card-world';
import { SCREENSHOTS } from './paths';

/** The extension API inside the service worker (evaluated there, not here). */
declare const chrome: any;

const session = useChromium();

async function seed(): Promise<{ page: Page; tabId: number }> {
  const page = await session.ext.context.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  const tabId = await tabIdOf(session.ext, page);
  await waitForState(session.ext, tabId, (s) => s.found.length > 0);
  return { page, tabId };
}

describe('On this page', () => {
  it('lists the page’s entries, claims first, and a click scrolls to one, flashes it and opens its card', async () => {
    const { page, tabId } = await seed();
    const popup = await openPopup(session.ext, tabId);
    const list = popup.getByRole('list', { name: 'Found on this page' });
    await expect.poll(() => list.getByRole('button').count()).toBeGreaterThan(3);
    const ids = await list.getByRole('button').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.entry));
    expect(ids).toEqual(expect.arrayContaining(['il1-anakinra-blood-stem-cell-aging', 'stem-cell-therapy-general']));
    // Entries with claims come before entries with only mentions.
    const kinds = await list.getByRole('button').evaluateAll((els) => els.map((e) => /\bclaims?\b/.test(e.textContent ?? '')));
    expect(kinds).toContain(false); // the seed article also has plain mentions…
    expect(kinds.slice(kinds.indexOf(false)).every((k) => !k)).toBe(true); // …listed after every claim
    await page.setViewportSize({ width: 1000, height: 240 }); // short, so the phrase must be scrolled to
    await page.evaluate(() => window.scrollTo(0, 0));
    await list.locator('[data-entry="il1-anakinra-blood-stem-cell-aging"]').click();
    await page.bringToFront();
    await expect.poll(async () => (await highlightSizes(page))['el-current']).toBe(1);
    expect((await highlightSizes(page))['el-flash']).toBe(1);
    const current = await page.evaluate(() => [...(CSS as any).highlights.get('el-current')][0].toString());
    expect(['blood stem cells', 'IL-1B', 'anakinra']).toContain(current);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    const world = await cardWorld(page);
    await expect.poll(() => world.evaluate<string>("return root?.querySelector('.el-card-title')?.textContent ?? ''")).toContain('IL-1β');
    await world.close();
    await popup.close();
    await page.close();
  });

  it('says when nothing was found', async () => {
    const { page, tabId } = await session.open('/dynamic.html');
    await waitForState(session.ext, tabId);
    const popup = await openPopup(session.ext, tabId);
    await expect.poll(() => popup.locator('[data-state="nothing-found"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('says when a page cannot be scanned', async () => {
    const page = await session.ext.context.newPage();
    await page.goto('chrome://version');
    const tabId = await tabIdOf(session.ext, page);
    const popup = await openPopup(session.ext, tabId);
    await expect.poll(() => popup.locator('[data-state="not-scannable"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('turns a site off and on again from the popup', async () => {
    const { page, tabId } = await seed();
    const popup = await openPopup(session.ext, tabId);
    await popup.getByRole('switch', { name: /Highlight on 127\.0\.0\.1/ }).click();
    await expect.poll(() => popup.locator('[data-state="off"]').count()).toBe(1);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-off-here.png') });
    await waitForState(session.ext, tabId, (s) => !s.active && s.reason === 'site-off');
    await popup.getByRole('button', { name: 'Turn on here' }).click();
    await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
    await expect.poll(() => popup.locator('[data-state="on"]').count()).toBe(1);
    await popup.close();
    await page.close();
  });
});

describe('lookup', () => {
  it('works with the keyboard alone: type, arrows, Enter, Back', async () => {
    const { page, tabId } = await seed();
    const popup = await openPopup(session.ext, tabId);
    await popup.getByRole('combobox', { name: 'Look up a claim' }).focus();
    await popup.keyboard.type('nicotinamide ribosid');
    expect(await popup.getByRole('combobox').inputValue()).toBe('nicotinamide ribosid');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('Nicotinamide riboside');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).first().textContent()).toContain('Nicotinamide riboside');
    await expect.poll(() => popup.getByRole('heading', { name: 'What it does not show' }).count()).toBe(1);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-entry.png') });
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toContain('Back');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('combobox', { name: 'Look up a claim' }).count()).toBe(1);
    await popup.close();
    await page.close();
  });

  it('shows only related results, and a clear empty state with a copyable report when it has no entry', async () => {
    const { page, tabId } = await seed();
    const popup = await openPopup(session.ext, tabId);
    const box = popup.getByRole('combobox', { name: 'Look up a claim' });
    // A search the base has an entry for finds that entry alone.
    await box.fill('red light therapy');
    await expect.poll(() => popup.getByRole('option').allTextContents()).toEqual([expect.stringContaining('Red-light')]);
    // A brand name finds its entry.
    await box.fill('Wegovy');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('GLP-1');
    // Nothing related: the empty state, no options, and the report holds the query only.
    await box.fill('bitcoin price');
    await expect.poll(() => popup.locator('[data-state="no-entry"]').textContent()).toBe('No entry for “bitcoin price” yet.');
    expect(await popup.getByRole('option').count()).toBe(0);
    await popup.getByRole('button', { name: 'Suggest a missing claim' }).click();
    const report = popup.getByRole('textbox', { name: /Evidence Lens sends nothing/ });
    expect(await report.inputValue()).toBe('Evidence Lens — missing claim\nSearched for: “bitcoin price”\n');
    await popup.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => popup.getByRole('status').textContent()).toBe('Copied to the clipboard');
    // What the clipboard holds, pasted where a reader would paste it.
    const pasteHere = await session.ext.context.newPage();
    await pasteHere.setContent('<textarea aria-label="paste"></textarea>');
    await pasteHere.getByRole('textbox').focus();
    await pasteHere.keyboard.press('ControlOrMeta+V');
    expect(await pasteHere.getByRole('textbox').inputValue()).toBe(await report.inputValue());
    await pasteHere.close();
    await popup.bringToFront();
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-no-entry.png') });
    // No entry, but entries that mention it: those are offered, under the empty state.
    await box.fill('liposuction');
    await expect.poll(() => popup.locator('[data-state="no-entry"]').textContent()).toContain('Entries that mention it');
    await expect.poll(() => popup.getByRole('listbox', { name: 'Related entries' }).getByRole('option').count()).toBeGreaterThan(0);
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.screenshot({ path: '/tmp/lookup-related-360.png' });
    await popup.close();
    await page.close();
  });

  /**
   * Makes the browser's action.openPopup() in the service worker resolve without a visible popup (as when
   * it opens one out of the test's sight) or fail (as where a browser refuses); returns the restorer.
   * Headless Chromium does open a real popup, which tests cannot see and which would race the test's own
   * popup for the selection.
   */
  async function stubOpenPopup(outcome: 'opens' | 'fails') {
    await session.ext.worker.evaluate((fails) => {
      const action = (chrome as any).action;
      (globalThis as any).__realOpenPopup ??= action.openPopup;
      action.openPopup = (...args: unknown[]) => {
        const callback = args.find((a) => typeof a === 'function') as (() => void) | undefined;
        if (fails) return Promise.reject(new Error('no popup here'));
        callback?.();
        return Promise.resolve();
      };
    }, outcome === 'fails');
    return () => session.ext.worker.evaluate(() => ((chrome as any).action.openPopup = (globalThis as any).__realOpenPopup));
  }

  it('opens from the context menu with the selection filled in', async () => {
    const { page, tabId } = await seed();
    const restore = await stubOpenPopup('opens');
    // What the menu item runs (e2e tests cannot click a native menu); then the popup opens as the
    // browser would open it, and must take the selection over.
    await session.ext.worker.evaluate(() => (globalThis as any).evidenceLensLookup('  anakinara\n'));
    const popup = await openPopup(session.ext, tabId);
    await expect.poll(() => popup.getByRole('combobox', { name: 'Look up a claim' }).inputValue()).toBe('anakinara');
    await expect.poll(() => popup.getByRole('option').first().textContent()).toContain('IL-1β');
    await popup.close();
    // The selection is taken once: the next popup starts empty.
    const again = await openPopup(session.ext, tabId);
    await expect.poll(() => again.locator('[data-state]').count()).toBeGreaterThan(0);
    expect(await again.getByRole('combobox', { name: 'Look up a claim' }).inputValue()).toBe('');
    await again.close();
    await restore();
    await page.close();
  });

  it('where the browser will not open the popup, opens the look-up in a tab and leaves nothing pending', async () => {
    const { page, tabId } = await seed();
    const restore = await stubOpenPopup('fails');
    const opened = session.ext.context.waitForEvent('page');
    await session.ext.worker.evaluate(() => (globalThis as any).evidenceLensLookup('anakinara'));
    const tab = await opened;
    expect(tab.url()).toContain('/popup.html?q=anakinara');
    await expect.poll(() => tab.getByRole('combobox', { name: 'Look up a claim' }).inputValue()).toBe('anakinara');
    await expect.poll(() => tab.getByRole('option').first().textContent()).toContain('IL-1β');
    expect(await session.ext.worker.evaluate(() => chrome.storage.local.get('pendingLookup'))).toEqual({});
    // So the next toolbar popup starts empty.
    const popup = await openPopup(session.ext, tabId);
    await expect.poll(() => popup.locator('[data-state]').count()).toBeGreaterThan(0);
    expect(await popup.getByRole('combobox', { name: 'Look up a claim' }).inputValue()).toBe('');
    await Promise.all([popup.close(), tab.close()]);
    await restore();
    await page.close();
  });

  it('the look-up tab fits a 360 px window on a desktop screen (no clipping), results and entry alike', async () => {
    const tab = await session.ext.context.newPage();
    await tab.setViewportSize({ width: 360, height: 740 });
    await tab.goto(`chrome-extension://${session.ext.extensionId}/popup.html?q=rapamycin`);
    // The tab's own rule, not only popup.css's phone rule (which follows the emulated screen, and
    // would not apply to a narrow window on a desktop screen): no toolbar-popup minimum in a tab.
    expect(await tab.evaluate(() => getComputedStyle(document.body).minWidth)).toBe('0px');
    const fits = () => tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await expect.poll(() => tab.getByRole('option').count()).toBeGreaterThan(1);
    expect(await fits()).toBe(true);
    await tab.screenshot({ path: '/tmp/evidence-lens-lookup-tab-360.png' });
    await tab.getByRole('option').first().click();
    await tab.locator('#el-detail-title').waitFor();
    expect(await fits()).toBe(true);
    await tab.close();
  });

  it('passes axe-core in light and dark themes', async () => {
    const { page, tabId } = await seed();
    const options = await openOptions(session.ext);
    for (const theme of ['Light', 'Dark'] as const) {
      await options.getByRole('radio', { name: theme }).check({ force: true });
      const popup = await openPopup(session.ext, tabId, '&q=stem');
      await expect.poll(() => popup.getByRole('option').count()).toBeGreaterThan(0);
      await expect.poll(() => popup.locator(`[data-theme="${theme.toLowerCase()}"]`).count()).toBeGreaterThan(0);
      expect(await axeViolations(popup)).toEqual([]);
      if (theme === 'Dark') await popup.screenshot({ path: join(SCREENSHOTS, 'popup-dark.png') });
      await popup.close();
    }
    await options.getByRole('radio', { name: 'Same as the system' }).check({ force: true });
    await options.close();
    await page.close();
  });
});
