/**
 * The options page in Chromium: every kind of setting reaches an open tab live; site rules; hidden
 * terms with undo; export, import (a bad file changes nothing) and reset; badge and welcome page.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { writeFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textPoint, useChromium } from './session';
import { tabIdOf, waitForState, openOptions, highlightSizes, totalPainted, badgeText, setChecked, type PageState } from './chromium';
import { axeViolations, cardWorld } from './card-world';
import { SCREENSHOTS } from './paths';
import { SETTINGS_VERSION } from '../../utils/settings-schema';

const session = useChromium();
let options: Page;
let page: Page;
let tabId: number;

const storedSettings = () =>
  session.ext.worker.evaluate(async () => {
    const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
    const { updatedAt: _u, ...rest } = settings ?? {};
    return rest;
  });
const count = (s: PageState, kind: 'claims' | 'mentions') => s.found.reduce((n, f) => n + f[kind], 0);

beforeAll(async () => {
  page = await session.ext.context.newPage();
  await page.goto(`${session.server.url}/corpus/seed/article.html`);
  tabId = await tabIdOf(session.ext, page);
  options = await openOptions(session.ext);
});
beforeEach(async () => {
  // The options tab in front: background tabs get no animation frames, which Playwright's clicks wait for.
  await options.bringToFront();
  // Every test starts from the defaults, reset through the page itself.
  await options.getByRole('button', { name: 'Reset to defaults…' }).click();
  await options.getByRole('button', { name: 'Yes, reset' }).click();
  await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
});

describe('settings reach an open tab live', () => {
  it('claims only hides the mentions', async () => {
    const before = await waitForState(session.ext, tabId);
    expect(count(before, 'mentions')).toBeGreaterThan(0);
    await options.getByRole('radio', { name: 'Claims only' }).check({ force: true });
    const after = await waitForState(session.ext, tabId, (s) => count(s, 'mentions') === 0);
    expect(count(after, 'claims')).toBe(count(before, 'claims'));
    expect(totalPainted(await highlightSizes(page))).toBe(count(after, 'claims'));
  });

  it('a topic turned off disappears', async () => {
    await setChecked(options.getByRole('checkbox', { name: 'Drugs' }), false);
    const state = await waitForState(session.ext, tabId, (s) => !s.found.some((f) => f.entry === 'il1-anakinra-blood-stem-cell-aging'));
    expect(state.found.length).toBeGreaterThan(0);
  });

  it('a verdict turned off disappears', async () => {
    await setChecked(options.getByRole('checkbox', { name: 'Warning' }), false);
    await waitForState(session.ext, tabId, (s) => s.found.length > 0 && !s.found.some((f) => f.entry === 'young-blood-plasma-infusions'));
    expect((await highlightSizes(page))['el-background-warning']).toBe(0);
  });

  it('the highlight style restyles the page, with a live preview', async () => {
    await options.getByRole('radio', { name: 'Underline' }).check({ force: true });
    await expect.poll(async () => (await highlightSizes(page))['el-underline-animal-or-lab-only'] ?? 0).toBeGreaterThan(0);
    expect((await highlightSizes(page))['el-background-animal-or-lab-only'] ?? 0).toBe(0);
    await expect.poll(() => options.evaluate(() => (CSS as any).highlights.has('el-underline-warning'))).toBe(true); // preview
    await options.locator('#appearance').screenshot({ path: join(SCREENSHOTS, 'options-style.png') });
  });

  it('the badge can be turned off and on', async () => {
    const state = await waitForState(session.ext, tabId);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe(String(state.found.length));
    await setChecked(options.getByRole('switch', { name: /number of claims on the toolbar/ }), false);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe('');
    await setChecked(options.getByRole('switch', { name: /number of claims on the toolbar/ }), true);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe(String(state.found.length));
  });

  it('the hover card can be turned off', async () => {
    await setChecked(options.getByRole('switch', { name: /Show the evidence card/ }), false);
    await expect.poll(async () => (await storedSettings()).hoverCard).toBe(false);
    await page.bringToFront();
    const box = await page.evaluate(textPoint, ['anakinra', 0] as const);
    await page.mouse.move(box!.x - 2, box!.y);
    await page.mouse.move(box!.x, box!.y);
    // The card would open after the hover delay (300 ms); watch twice that long.
    const world = await cardWorld(page);
    const deadline = Date.now() + 700;
    while (Date.now() < deadline) expect(await world.evaluate<boolean>("return !!root?.querySelector('.el-popover')")).toBe(false);
    await world.close();
  });
});

describe('sites', () => {
  it('turning this site off clears it; a bad pattern gets a clear message and changes nothing', async () => {
    const input = options.getByLabel('Turn off on');
    await input.fill('http://');
    await options.getByRole('button', { name: 'Add' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not a valid address|no site name/);
    expect((await storedSettings()).disabledSites).toEqual([]);
    await input.fill('https://127.0.0.1/some/page');
    await options.getByRole('button', { name: 'Add' }).click();
    await waitForState(session.ext, tabId, (s) => !s.active && s.reason === 'site-off');
    expect(totalPainted(await highlightSizes(page))).toBe(0);
    expect((await storedSettings()).disabledSites).toEqual(['127.0.0.1']);
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
  });

  it('“only on sites I allow” runs nowhere else', async () => {
    await options.getByRole('radio', { name: 'Only on sites I allow' }).check({ force: true });
    await waitForState(session.ext, tabId, (s) => !s.active && s.reason === 'not-allowed');
    await options.getByLabel('Allow on').fill('127.0.0.1');
    await options.getByRole('button', { name: 'Add' }).click();
    await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
  });
});

describe('hidden terms', () => {
  it('“Hide this term on this site” hides it; the options page shows it again, with undo', async () => {
    await page.bringToFront();
    const command = () => session.ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'command', command: 'next-claim' }, { frameId: 0 }), tabId);
    await command();
    const world = await cardWorld(page);
    await expect.poll(() => world.evaluate<boolean>("return !!root?.querySelector('.el-card-title')")).toBe(true);
    const first = await page.evaluate(() => [...(CSS as any).highlights.get('el-current')][0].toString());
    const before = totalPainted(await highlightSizes(page));
    await world.evaluate("[...root.querySelectorAll('button')].find((b) => b.textContent.includes('Hide this term')).click();");
    await expect.poll(async () => totalPainted(await highlightSizes(page))).toBeLessThan(before);
    const remaining = await page.evaluate((t) => {
      let n = 0;
      for (const [name, h] of (CSS as any).highlights) if (!name.startsWith('el-current') && name !== 'el-flash') for (const r of h) if (r.toString().toLowerCase() === t.toLowerCase()) n++;
      return n;
    }, first);
    expect(remaining).toBe(0);
    await world.close();
    const list = options.getByRole('list', { name: 'Hidden terms' });
    await options.bringToFront();
    await expect.poll(() => list.textContent()).toContain('127.0.0.1');
    await list.getByRole('button', { name: 'Show again' }).first().click();
    await expect.poll(async () => totalPainted(await highlightSizes(page))).toBe(before);
    await options.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => totalPainted(await highlightSizes(page))).toBeLessThan(before);
  });
});

describe('back up and reset', () => {
  it('exports a file that imports again; a malformed file is refused and nothing changes', async () => {
    await options.getByRole('radio', { name: 'Claims only' }).check({ force: true });
    await expect.poll(async () => (await storedSettings()).kinds).toBe('claims');
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file!, 'utf8'));
    expect(exported).toMatchObject({ kind: 'evidence-lens-settings', version: SETTINGS_VERSION, settings: { kinds: 'claims' } });
    const before = await storedSettings();
    const dir = mkdtempSync(join(tmpdir(), 'el-import-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...exported, settings: { ...exported.settings, theme: 'sepia' } }));
    await options.locator('input[type=file]').setInputFiles(bad);
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not imported: "theme"/);
    expect(await storedSettings()).toEqual(before);
    const notJson = join(dir, 'notes.json');
    writeFileSync(notJson, 'this is not json');
    await options.locator('input[type=file]').setInputFiles(notJson);
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not valid JSON/);
    expect(await storedSettings()).toEqual(before);
    // Reset, then import the good export: claims-only comes back.
    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    await options.getByRole('button', { name: 'Yes, reset' }).click();
    await expect.poll(async () => (await storedSettings()).kinds).toBe('all');
    await options.locator('input[type=file]').setInputFiles(file!);
    await expect.poll(async () => (await storedSettings()).kinds).toBe('claims');
    await waitForState(session.ext, tabId, (s) => count(s, 'mentions') === 0);
  });
});

describe('badge, navigation and first install', () => {
  it('the badge counts the entries and clears when the tab navigates away', async () => {
    const state = await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe(String(state.found.length));
    await page.goto(`${session.server.url}/dynamic.html`);
    await waitForState(session.ext, tabId, (s) => s.found.length === 0);
    await expect.poll(() => badgeText(session.ext, tabId)).toBe('');
    await page.goto(`${session.server.url}/corpus/seed/article.html`);
    await waitForState(session.ext, tabId, (s) => s.found.length > 0);
  });

  it('opened the welcome page on first install', () => {
    expect(session.ext.welcomed).toBe(true);
  });
});

describe('accessibility', () => {
  it('the options page (with its entry view) and the welcome page pass axe-core in both themes', async () => {
    for (const theme of ['Light', 'Dark'] as const) {
      await options.getByRole('radio', { name: theme }).check({ force: true });
      await expect.poll(() => options.evaluate(() => document.documentElement.dataset.theme)).toBe(theme.toLowerCase());
      expect(await axeViolations(options)).toEqual([]);
      const entry = await session.ext.context.newPage();
      await entry.goto(`chrome-extension://${session.ext.extensionId}/options.html#entry/young-blood-plasma-infusions`);
      await entry.getByRole('heading', { name: /Young blood/ }).waitFor();
      expect(await axeViolations(entry)).toEqual([]);
      await entry.close();
      const welcome = await session.ext.context.newPage();
      await welcome.goto(`chrome-extension://${session.ext.extensionId}/welcome.html`);
      await welcome.getByRole('heading', { name: 'Private by design' }).waitFor();
      expect(await axeViolations(welcome)).toEqual([]);
      await welcome.close();
    }
    await options.screenshot({ path: join(SCREENSHOTS, 'options-dark.png') });
  });
});
