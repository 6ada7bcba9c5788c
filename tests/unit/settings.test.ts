import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, MIGRATIONS, SETTINGS_VERSION, migrateSettings, repairSettings } from '../../utils/settings-schema';
import { exportSettings, importSettings } from '../../utils/settings-file';

describe('migrations from every earlier version', () => {
  it('has a migration for each version step', () => {
    for (let v = 2; v <= SETTINGS_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('v1 { highlighting } keeps the reader’s on/off choice', () => {
    const off = repairSettings(migrateSettings({ highlighting: false }, 1));
    expect(off.problems).toEqual([]);
    expect(off.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, highlightStyle: 'underline' });
    expect(repairSettings(migrateSettings({ highlighting: true }, 1)).settings.enabled).toBe(true);
  });

  it('v2 keeps its fields, including bare host names, and gains the new ones', () => {
    const v2 = { enabled: true, disabledSites: ['example.com', 'news.example.org'], highlightStyle: 'outline', theme: 'dark', badge: false };
    const { settings, problems } = repairSettings(migrateSettings(v2, 2));
    expect(problems).toEqual([]);
    expect(settings).toMatchObject(v2);
    expect(settings.hiddenTerms).toEqual([]);
    expect(settings.siteMode).toBe('all-except');
  });

  it('the current version needs no migration', () => {
    expect(migrateSettings(DEFAULT_SETTINGS, SETTINGS_VERSION)).toBe(DEFAULT_SETTINGS);
  });
});

describe('repair keeps every valid field and never throws', () => {
  const table: [string, unknown, Partial<typeof DEFAULT_SETTINGS>][] = [
    ['undefined (fresh install)', undefined, {}],
    ['null', null, {}],
    ['a string', 'garbage', {}],
    ['an array', [1, 2], {}],
    ['a wrong type for one field', { enabled: 'yes', badge: false }, { badge: false }],
    ['an unknown theme', { theme: 'sepia', enabled: false }, { enabled: false }],
    ['a delay out of range', { hoverDelayMs: 99999, kinds: 'claims' }, { kinds: 'claims' }],
    ['bad items in a list', { disabledSites: ['example.com', 'not a site!', 42, 'example.com'] }, { disabledSites: ['example.com'] }],
    ['unknown categories', { categories: ['drugs', 'astrology'] }, { categories: ['drugs'] }],
    ['a newer version’s extra field', { enabled: false, futureFlag: true }, { enabled: false }],
    ['a broken hidden term', { hiddenTerms: [{ site: 'a.com', entry: 'nmn', phrase: 'NMN' }, { site: 'a.com' }] }, { hiddenTerms: [{ site: 'a.com', entry: 'nmn', phrase: 'NMN' }] }],
  ];
  it.each(table)('%s', (_name, stored, kept) => {
    const { settings } = repairSettings(stored);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...kept });
  });

  it('reports what it repaired', () => {
    expect(repairSettings({ enabled: 'yes' }).problems).toEqual([expect.stringContaining('enabled')]);
  });
});

describe('settings files', () => {
  it('round-trips an export', () => {
    const mine = { ...DEFAULT_SETTINGS, enabled: false, disabledSites: ['bank.example'] };
    expect(importSettings(exportSettings(mine))).toEqual({ ok: true, settings: mine });
  });

  it.each([
    ['not JSON', '{oops', /not valid JSON/],
    ['someone else’s file', JSON.stringify({ foo: 1 }), /not an Evidence Lens settings file/],
    ['a newer version', JSON.stringify({ kind: 'evidence-lens-settings', version: 99, settings: {} }), /newer version/],
    ['no settings', JSON.stringify({ kind: 'evidence-lens-settings', version: 3 }), /no "settings"/],
    ['a bad field', exportSettings({ ...DEFAULT_SETTINGS }).replace('"system"', '"sepia"'), /"theme"/],
    ['a missing field', JSON.stringify({ kind: 'evidence-lens-settings', version: 3, settings: { enabled: true } }), /"badge" is missing/],
  ])('refuses %s with a message', (_name, text, message) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('accepts an older version and migrates it', () => {
    const old = JSON.stringify({ kind: 'evidence-lens-settings', version: 1, settings: { highlighting: false } });
    const result = importSettings(old);
    expect(result.ok && result.settings.enabled).toBe(false);
  });
});

describe('stored settings (fake browser)', () => {
  it('reads defaults on a fresh install and repairs a corrupted stored value with a warning', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readSettings } = await import('../../utils/settings-reader');
    expect(await readSettings(fakeBrowser as any)).toEqual(DEFAULT_SETTINGS);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, theme: 42 }, settings$: { v: SETTINGS_VERSION } });
    expect(await readSettings(fakeBrowser as any)).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('repaired'), expect.stringContaining('theme'));
    warn.mockRestore();
  });

  it('migrates a v1 value stored by the first release', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readSettings } = await import('../../utils/settings-reader');
    await fakeBrowser.storage.sync.set({ settings: { highlighting: false } });
    expect((await readSettings(fakeBrowser as any)).enabled).toBe(false);
  });

  it('reads a value written a moment before its version mark (WXT writes them in two steps)', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readSettings } = await import('../../utils/settings-reader');
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, theme: 'dark', updatedAt: 5 } });
    expect(await readSettings(fakeBrowser as any)).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('prefers the newer of the sync and local copies', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { readSettings } = await import('../../utils/settings-reader');
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, badge: false, updatedAt: 1 }, settings$: { v: 3 } });
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, badge: true, theme: 'dark', updatedAt: 2 }, settings$: { v: 3 } });
    expect(await readSettings(fakeBrowser as any)).toMatchObject({ badge: true, theme: 'dark' });
  });

  it('the writer saves through WXT storage and the reader sees it', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { updateSettings, getSettings } = await import('../../utils/settings');
    const { readSettings } = await import('../../utils/settings-reader');
    await updateSettings({ kinds: 'claims', disabledSites: ['bank.example'] });
    expect(await getSettings()).toMatchObject({ kinds: 'claims', disabledSites: ['bank.example'] });
    expect(await readSettings(fakeBrowser as any)).toMatchObject({ kinds: 'claims', disabledSites: ['bank.example'] });
  });
});
