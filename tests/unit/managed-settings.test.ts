/** Managed settings: reading a policy field by field, presets, locks, and every writer honouring them. */
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CATEGORIES, VERDICTS } from '../../data/scales';
import { DEFAULT_SETTINGS, FIELD_SCHEMAS, migrateSettings, repairSettings } from '../../utils/settings-schema';
import {
  LOCKABLE_FIELDS,
  MANAGED_VALUE_FIELDS,
  enforce,
  flatPolicy,
  ownSettings,
  readPolicy,
  unlockedPart,
} from '../../utils/managed-settings';
import { mirrorManaged, watchManaged } from '../../utils/background/managed-mirror';
import { readSettings } from '../../utils/settings-reader';
import { getSettings, resetSettings, saveSettings, updateSettings } from '../../utils/settings';
import { importSettings, exportSettings } from '../../utils/settings-file';

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('reading a policy', () => {
  it('keeps good values and locks', () => {
    const { policy, problems } = readPolicy({
      categories: ['stem-cells', 'blood-and-plasma'],
      cardOpens: 'click',
      reportEmail: 'evidence@clinic.example',
      locked: ['categories', 'cardOpens', 'pausedSites'],
    });
    expect(problems).toEqual([]);
    expect(policy).toEqual({
      values: { categories: ['stem-cells', 'blood-and-plasma'], cardOpens: 'click', reportEmail: 'evidence@clinic.example' },
      locked: ['categories', 'cardOpens', 'pausedSites'],
    });
  });

  const bad: [string, Record<string, unknown>, Record<string, unknown>, string[], RegExp][] = [
    ['a card mode that does not exist', { cardOpens: 'double-click', theme: 'dark' }, { theme: 'dark' }, [], /cardOpens/],
    ['a verdict list with an unknown verdict', { verdicts: ['warning', 'maybe'] }, { verdicts: ['warning'] }, [], /verdicts: dropped 1/],
    ['a site list with a bad pattern', { disabledSites: ['bank.example', 'not a site!'] }, { disabledSites: ['bank.example'] }, [], /disabledSites/],
    ['a report address that is not one', { reportEmail: 'call us', reportForm: 'https://forms.example/r' }, { reportForm: 'https://forms.example/r' }, [], /reportEmail/],
    ['a plain-http form', { reportForm: 'http://forms.example/r' }, {}, [], /reportForm/],
    ['a form with credentials', { reportForm: 'https://user:pw@forms.example/r' }, {}, [], /reportForm/],
    ['a javascript: form', { reportForm: 'javascript:alert(1)' }, {}, [], /reportForm/],
    ['a hidden-terms value (the reader’s own)', { hiddenTerms: [], badge: false }, { badge: false }, [], /hiddenTerms: not a managed/],
    ['an unknown key', { colour: 'red', kinds: 'claims' }, { kinds: 'claims' }, [], /colour/],
    ['a lock on something that is no setting', { locked: ['theme', 'everything', 7] }, {}, ['theme'], /everything/],
    ['a lock list that is no list', { locked: 'categories', badge: true }, { badge: true }, [], /locked: not a list/],
    ['a hover delay out of range', { hoverDelayMs: 99_999 }, {}, [], /hoverDelayMs/],
  ];
  it.each(bad)('ignores %s, alone, with a note', (_name, raw, values, locked, note) => {
    const { policy, problems } = readPolicy(raw);
    expect(policy).toEqual({ values, locked });
    expect(problems.join('; ')).toMatch(note);
  });

  it.each([null, undefined, 'categories', 42, ['locked']])('a policy of %j is no policy', (raw) => {
    expect(readPolicy(raw).policy).toEqual({ values: {}, locked: [] });
  });

  it('round-trips through the mirror’s flat shape', () => {
    const { policy } = readPolicy({ verdicts: ['warning'], locked: ['verdicts'] });
    expect(readPolicy(flatPolicy(policy))).toEqual({ policy, problems: [] });
  });
});

describe('presets and locks', () => {
  const { policy } = readPolicy({ categories: ['stem-cells'], cardOpens: 'click', theme: 'dark', locked: ['categories', 'verdicts'] });

  it('a reader with no settings starts from the presets', () => {
    const own = ownSettings(undefined, policy).settings;
    expect(own).toEqual({ ...DEFAULT_SETTINGS, categories: ['stem-cells'], cardOpens: 'click', theme: 'dark' });
  });

  it('a reader’s own choice wins over a preset, and a field the reader lacks takes the preset', () => {
    const stored = { ...DEFAULT_SETTINGS, cardOpens: 'hover' } as Record<string, unknown>;
    delete stored.theme;
    const own = ownSettings(stored, policy).settings;
    expect(own.cardOpens).toBe('hover');
    expect(own.theme).toBe('dark');
  });

  it('a bad stored field falls back to the preset, not the built-in default', () => {
    const { settings, problems } = ownSettings({ ...DEFAULT_SETTINGS, theme: 42 }, policy);
    expect(settings.theme).toBe('dark');
    expect(problems.join()).toMatch(/theme/);
  });

  it('a locked field holds the managed value, or the built-in default when it has none', () => {
    const mine = { ...DEFAULT_SETTINGS, categories: ['drugs' as const], verdicts: ['warning' as const], badge: false };
    const inForce = enforce(mine, policy);
    expect(inForce.categories).toEqual(['stem-cells']);
    expect(inForce.verdicts).toEqual([...VERDICTS]);
    expect(inForce.badge).toBe(false);
    expect(mine.categories).toEqual(['drugs']); // the reader's own value is untouched
  });

  it('a change to a locked field is dropped, the rest kept', () => {
    expect(unlockedPart({ categories: ['drugs'], badge: false }, policy)).toEqual({ badge: false });
  });
});

describe('the managed schema file for Chrome', () => {
  const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8'));

  it('declares every managed field and the lock list, and nothing else', () => {
    expect(Object.keys(schema.properties).sort()).toEqual([...MANAGED_VALUE_FIELDS, 'locked'].sort());
    expect(schema.properties.locked.items.enum.sort()).toEqual([...LOCKABLE_FIELDS].sort());
  });

  it('offers the same choices as the settings', () => {
    expect(schema.properties.categories.items.enum).toEqual([...CATEGORIES]);
    expect(schema.properties.verdicts.items.enum).toEqual([...VERDICTS]);
    for (const [key, prop] of Object.entries<any>(schema.properties)) {
      const field = (FIELD_SCHEMAS as Record<string, any>)[key];
      if (prop.enum) expect(prop.enum, key).toEqual(field.options);
    }
  });

  it('every example value in the administrators’ guide reads without a problem', () => {
    const doc = readFileSync('docs/managed-settings.md', 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    expect(blocks.length).toBeGreaterThan(1);
    for (const block of blocks) {
      const policy =
        block.policies?.['3rdparty']?.Extensions?.['evidence-lens@evidence-lens.org'] ??
        Object.values<any>(block['3rdparty']?.extensions ?? {})[0] ??
        block;
      expect(readPolicy(policy).problems).toEqual([]);
    }
  });
});

describe('stored settings under a policy (fake browser)', () => {
  const policyRaw = { categories: ['stem-cells'], disabledSites: ['intranet.example'], reportEmail: 'evidence@clinic.example', locked: ['categories', 'disabledSites', 'pausedSites'] };
  const managed = async (raw: unknown) => {
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set(raw as Record<string, unknown>);
    await mirrorManaged(fakeBrowser as any);
  };

  it('the background mirrors storage.managed, warning once about what it ignored', async () => {
    const warn = quiet();
    await managed({ ...policyRaw, cardOpens: 'wink' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('managed settings ignored'), expect.stringContaining('cardOpens'));
    const { managedSettings } = await fakeBrowser.storage.local.get('managedSettings');
    expect(managedSettings).toEqual(policyRaw);
    warn.mockRestore();
  });

  it('no managed storage at all (Firefox without a policy rejects) is no policy', async () => {
    const spy = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await mirrorManaged(fakeBrowser as any);
    expect((await fakeBrowser.storage.local.get('managedSettings')).managedSettings).toEqual({ locked: [] });
    expect(await readSettings(fakeBrowser as any)).toEqual(DEFAULT_SETTINGS);
    spy.mockRestore();
  });

  it('content scripts and extension pages both see presets and locks', async () => {
    await managed(policyRaw);
    const expected = { ...DEFAULT_SETTINGS, categories: ['stem-cells'], disabledSites: ['intranet.example'], reportEmail: 'evidence@clinic.example' };
    expect(await readSettings(fakeBrowser as any)).toEqual(expected);
    expect(await getSettings()).toEqual(expected);
  });

  it('options, popup and commands cannot change a locked field; other changes go through', async () => {
    await managed(policyRaw);
    const warn = quiet();
    const after = await updateSettings((s) => ({ disabledSites: [...s.disabledSites, 'news.example'], categories: [...CATEGORIES], badge: false }));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('set by your organisation'), 'disabledSites, categories');
    expect(after).toMatchObject({ disabledSites: ['intranet.example'], categories: ['stem-cells'], badge: false });
    expect(await readSettings(fakeBrowser as any)).toMatchObject({ disabledSites: ['intranet.example'], badge: false });
    // A pause is refused too when pauses are locked.
    await updateSettings({ pausedSites: [{ site: 'intranet.example', until: Date.now() + 3600_000 }] });
    expect((await getSettings()).pausedSites).toEqual([]);
    warn.mockRestore();
  });

  it('a locked field keeps the reader’s own value underneath, back when the lock goes', async () => {
    await updateSettings({ categories: ['drugs'], badge: false });
    await managed(policyRaw);
    expect((await getSettings()).categories).toEqual(['stem-cells']);
    await saveSettings({ ...(await getSettings()), theme: 'dark' }); // the options page saves a whole object
    await managed({});
    expect(await getSettings()).toMatchObject({ categories: ['drugs'], badge: false, theme: 'dark' });
  });

  it('an imported settings file cannot undo a lock, and reset goes to the presets', async () => {
    await managed({ ...policyRaw, theme: 'dark' });
    const file = exportSettings({ ...DEFAULT_SETTINGS, categories: ['drugs'], theme: 'light' });
    const imported = importSettings(file);
    expect(imported.ok).toBe(true);
    if (imported.ok) await saveSettings(imported.settings);
    expect(await getSettings()).toMatchObject({ categories: ['stem-cells'], theme: 'light' });
    await resetSettings();
    expect(await getSettings()).toMatchObject({ categories: ['stem-cells'], theme: 'dark', reportEmail: 'evidence@clinic.example' });
  });

  it('a policy change reaches a watching page (storage.onChanged, area "managed")', async () => {
    const stop = watchManaged(fakeBrowser as any);
    const { watchStoredSettings } = await import('../../utils/settings-reader');
    const seen: string[][] = [];
    const unwatch = watchStoredSettings(fakeBrowser as any, (s) => seen.push(s.verdicts));
    await fakeBrowser.storage.managed.set({ verdicts: ['warning'], locked: ['verdicts'] });
    await vi.waitFor(() => expect(seen.at(-1)).toEqual(['warning']));
    unwatch();
    stop();
  });
});

describe('settings v5 (where reports go)', () => {
  it('a v4 value gains empty report fields; a v4 file imports', () => {
    const v4 = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
    delete v4.reportEmail;
    delete v4.reportForm;
    expect(repairSettings(migrateSettings(v4, 4))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(importSettings(JSON.stringify({ kind: 'evidence-lens-settings', version: 4, settings: v4 }))).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });
});
