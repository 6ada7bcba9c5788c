/** Settings v4 (card opening, card text size, timed pauses): migration, import of older files, repair. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, migrateSettings, repairSettings } from '../../utils/settings-schema';
import { exportSettings, importSettings } from '../../utils/settings-file';

const V3 = {
  enabled: true,
  siteMode: 'all-except',
  disabledSites: ['bank.example'],
  allowedSites: [],
  categories: [...DEFAULT_SETTINGS.categories],
  verdicts: [...DEFAULT_SETTINGS.verdicts],
  kinds: 'claims',
  highlightStyle: 'outline',
  hoverCard: true,
  hoverDelayMs: 500,
  badge: false,
  theme: 'dark',
  hiddenTerms: [],
};

describe('settings v4', () => {
  it('a stored v3 value keeps every choice and gains the new fields at their defaults', () => {
    const { settings, problems } = repairSettings(migrateSettings(V3, 3));
    expect(problems).toEqual([]);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...V3 });
    expect(settings).toMatchObject({ cardOpens: 'hover', cardModifier: 'Alt', cardTextSize: 'normal', pausedSites: [] });
  });

  it('an exported v3 settings file imports (import refuses missing fields, so the migration adds them)', () => {
    const file = JSON.stringify({ kind: 'evidence-lens-settings', version: 3, exported: '2026-11-01T00:00:00Z', settings: V3 });
    const result = importSettings(file);
    expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, ...V3 } });
  });

  it('a v4 file round-trips with a pause and the card choices', () => {
    const mine = { ...DEFAULT_SETTINGS, cardOpens: 'modifier', cardModifier: 'Shift', cardTextSize: 'large', pausedSites: [{ site: 'news.example', until: 1_900_000_000_000 }] } as const;
    expect(importSettings(exportSettings({ ...mine, pausedSites: [...mine.pausedSites] }))).toEqual({ ok: true, settings: mine });
  });

  const table: [string, Record<string, unknown>, Record<string, unknown>][] = [
    ['an unknown opening mode', { cardOpens: 'double-click', badge: false }, { badge: false }],
    ['a modifier that is not offered', { cardModifier: 'Meta', cardOpens: 'click' }, { cardOpens: 'click' }],
    ['a text size as a number', { cardTextSize: 3, theme: 'light' }, { theme: 'light' }],
    ['pausedSites not a list', { pausedSites: 'forever', cardTextSize: 'small' }, { cardTextSize: 'small' }],
    [
      'broken pauses among good ones',
      { pausedSites: [{ site: 'a.example', until: 5 }, { site: 'not a site!', until: 5 }, { site: 'b.example', until: -1 }, { site: 'c.example', until: 'soon' }, { site: 'd.example' }] },
      { pausedSites: [{ site: 'a.example', until: 5 }] },
    ],
  ];
  it.each(table)('repairs %s field by field', (_name, stored, kept) => {
    const { settings, problems } = repairSettings({ ...V3, ...stored });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, ...V3, ...kept });
    expect(problems.length).toBeGreaterThan(0);
  });
});
