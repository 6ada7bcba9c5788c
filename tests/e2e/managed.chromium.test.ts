/**
 * Managed settings in Chromium, through a real policy file (tests/e2e/chromium-policy.ts): the
 * background mirrors what the policy holds, bad values left out; locked verdicts hold on a page even
 * when the reader's stored settings say otherwise; the pause command is refused when pauses are
 * locked; a preset is where a fresh reader starts; the report draft goes to the managed address;
 * the options page greys out what is managed; a changed policy reaches the open page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, openOptions, openPopup, tabIdOf, waitForState, type ExtensionBrowser } from './chromium';
import { axeViolations } from './card-world';
import { withChromiumPolicy, type PolicyCopy } from './chromium-policy';
import { startTestServer } from './pages';
import { CHROME_DIR, PROJECT } from './paths';
import type { StaticServer } from '../../scripts/static-server';

declare const chrome: any;

const ALLOWED = ['warning', 'disproven', 'unproven'];
const POLICY = {
  verdicts: ALLOWED,
  cardOpens: 'click',
  reportEmail: 'evidence@clinic.example',
  // Chrome's schema accepts any string here; Evidence Lens's own rules drop the bad pattern.
  disabledSites: ['intranet.example', 'not a site!'],
  locked: ['verdicts', 'reportEmail', 'pausedSites'],
};
const verdictOf = (id: string) => JSON.parse(readFileSync(join(PROJECT, 'data', 'entries', `${id}.json`), 'utf8')).verdict as string;

let copy: PolicyCopy;
let ext: ExtensionBrowser;
let server: StaticServer;
let page: Page;
let tabId: number;

beforeAll(async () => {
  copy = withChromiumPolicy(CHROME_DIR, POLICY);
  server = await startTestServer();
  ext = await launchWithExtension({ extensionDir: copy.extensionDir });
  // The background mirrors the policy on start; wait for its copy rather than a time.
  await ext.worker.evaluate(async () => {
    for (let i = 0; i < 200 && !(await chrome.storage.local.get('managedSettings')).managedSettings?.verdicts; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  page = await ext.context.newPage();
  await page.goto(`${server.url}/corpus/seed/article.html`);
  tabId = await tabIdOf(ext, page);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  copy?.remove();
});

describe('a Chromium policy for Evidence Lens', () => {
  it('reaches storage.managed for this copy, and the background keeps the checked part', async () => {
    expect(ext.extensionId).toBe(copy.extensionId);
    const { managed, mirror } = await ext.worker.evaluate(async () => ({
      managed: await chrome.storage.managed.get(),
      mirror: (await chrome.storage.local.get('managedSettings')).managedSettings,
    }));
    expect(managed).toEqual(POLICY);
    expect(mirror).toEqual({ ...POLICY, disabledSites: ['intranet.example'] });
  });

  it('locked verdicts hold on the page, even against the reader’s stored settings', async () => {
    const state = await waitForState(ext, tabId, (s) => s.found.length > 0);
    expect(state.found.map((f) => verdictOf(f.entry)).every((v) => ALLOWED.includes(v))).toBe(true);
    // anakinra (animal or lab only) is on the seed page, but not a verdict the organisation allows.
    expect(state.found.some((f) => f.entry === 'il1-anakinra-blood-stem-cell-aging')).toBe(false);
    // Settings written underneath (another device's sync, an old copy) ask for every verdict: still locked.
    await ext.worker.evaluate(async () => {
      const { settings } = await chrome.storage.local.get('settings');
      const all = ['established', 'promising-in-humans', 'animal-or-lab-only', 'unproven', 'disproven', 'warning'];
      await chrome.storage.local.set({ settings: { ...settings, verdicts: all, kinds: 'claims', updatedAt: Date.now() } });
    });
    // The unlocked change (claims only) arrives; the locked one does not.
    const after = await waitForState(ext, tabId, (s) => s.found.every((f) => f.mentions === 0));
    expect(after.found.every((f) => ALLOWED.includes(verdictOf(f.entry)))).toBe(true);
  });

  it('the pause command is refused when pauses are locked', async () => {
    await ext.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'command', command: 'pause-site' }, { frameId: 0 }), tabId);
    const { settings } = await ext.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(settings.pausedSites).toEqual([]);
    const state = await waitForState(ext, tabId);
    expect(state.active).toBe(true);
  });

  it('a fresh reader starts from the presets, and the options page greys out what is locked', async () => {
    const options = await openOptions(ext);
    await expect.poll(() => options.getByRole('radio', { name: 'Only on a click' }).isChecked()).toBe(true);
    expect(await options.getByRole('radio', { name: 'Only on a click' }).isDisabled()).toBe(false);
    const warning = options.getByRole('checkbox', { name: 'Warning' });
    expect(await warning.isDisabled()).toBe(true);
    expect(await options.getByRole('checkbox', { name: 'Established' }).isChecked()).toBe(false);
    expect(await options.getByText('Set by your organisation').count()).toBe(2); // verdicts, report address
    // The report address: locked, shown with the organisation's value; the form is the reader's to set.
    const email = options.getByRole('textbox', { name: 'E-mail address for reports' });
    expect(await email.inputValue()).toBe('evidence@clinic.example');
    expect(await email.isDisabled()).toBe(true);
    expect(await options.getByRole('textbox', { name: 'Report form' }).isDisabled()).toBe(false);
    // The preset site list is where this fresh reader starts.
    expect(await options.getByText('intranet.example').count()).toBe(1);
    expect(await options.getByRole('note').textContent()).toMatch(/organisation manages some/);
    for (const theme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme: theme });
      expect(await axeViolations(options)).toEqual([]);
    }
    await options.emulateMedia({ colorScheme: 'light' });
    await options.locator('#filters').scrollIntoViewIfNeeded();
    await options.screenshot({ path: '/tmp/evidence-lens-options-managed.png' });
    await options.setViewportSize({ width: 360, height: 740 });
    await options.locator('#reports').scrollIntoViewIfNeeded();
    await options.screenshot({ path: '/tmp/evidence-lens-options-managed-360.png' });
    await options.close();
  });

  it('the popup hides the pause buttons when pauses are locked, and keeps the site switch', async () => {
    const popup = await openPopup(ext, tabId);
    await expect.poll(() => popup.locator('[data-state="on"]').count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Pause for 1 hour' }).count()).toBe(0);
    expect(await popup.getByRole('switch').isDisabled()).toBe(false);
    await popup.close();
  });

  it('the report draft is addressed to the managed address', async () => {
    const entry = await ext.context.newPage();
    await entry.goto(`chrome-extension://${ext.extensionId}/options.html#entry/nmn`);
    await entry.getByRole('button', { name: 'Report a problem with this entry' }).click();
    // The page reads the settings (with the managed part) as it opens: the address follows them.
    const href = () => entry.getByRole('link', { name: 'Open an e-mail draft' }).getAttribute('href');
    await expect.poll(href, { timeout: 10_000 }).toMatch(/^mailto:evidence(%40|@)clinic\.example\?/);
    await entry.close();
  });

  it('a changed policy reaches the open page without a restart (storage.onChanged, area "managed")', async () => {
    const before = await waitForState(ext, tabId, (s) => s.found.length > 0);
    const shown = [...new Set(before.found.map((f) => verdictOf(f.entry)))];
    const keep = shown[0];
    copy.update({ ...POLICY, verdicts: [keep] });
    const policyPage = await ext.context.newPage();
    await policyPage.goto('chrome://policy');
    await policyPage.locator('#reload-policies').click();
    const mirrored = () => ext.worker.evaluate(async () => (await chrome.storage.local.get('managedSettings')).managedSettings.verdicts);
    await expect.poll(mirrored, { timeout: 20_000 }).toEqual([keep]);
    const after = await waitForState(ext, tabId, (s) => s.found.length > 0 && s.found.every((f) => verdictOf(f.entry) === keep));
    expect(after.found.length).toBeLessThanOrEqual(before.found.length);
    await policyPage.close();
  });
});
