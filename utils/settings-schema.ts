/**
 * The settings: their shape, defaults, migrations from every earlier version, and repair of bad values.
 * Pure (no browser APIs), so every rule is unit-tested; utils/settings.ts does the storing.
 */
import * as v from 'valibot';
import { CATEGORIES, VERDICTS } from '../data/scales';
import type { Category, Verdict } from '../data/schema';
import { parseSitePattern } from './site-patterns';

export const SETTINGS_VERSION = 4;

export const HIGHLIGHT_STYLES = ['underline', 'background', 'outline'] as const;
export const THEMES = ['system', 'light', 'dark'] as const;
export const SITE_MODES = ['all-except', 'only-allowed'] as const;
export const KIND_FILTERS = ['claims', 'all'] as const;
/** How the card opens: after the hover delay, on a click (or tap) only, or on hover with a key held. */
export const CARD_OPENS = ['hover', 'click', 'modifier'] as const;
export const CARD_MODIFIERS = ['Alt', 'Control', 'Shift'] as const;
export const CARD_TEXT_SIZES = ['small', 'normal', 'large'] as const;
/** The longest pause the popup offers is "until tomorrow"; anything far beyond is not a pause. */
export const MAX_PAUSE_MS = 48 * 3600_000;

const sitePattern = v.pipe(
  v.string(),
  v.check((p) => parseSitePattern(p).ok, 'not a valid site pattern'),
);

const HiddenTermSchema = v.strictObject({
  site: sitePattern,
  entry: v.pipe(v.string(), v.nonEmpty()),
  /** The phrase as written in the entry; hides that phrase only. */
  phrase: v.pipe(v.string(), v.nonEmpty()),
});

/** A site paused until a time (ms since the epoch); an end in the past is simply no pause. */
const PausedSiteSchema = v.strictObject({
  site: sitePattern,
  until: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/** One schema per field, so a bad field is repaired alone and every valid field is kept. */
export const FIELD_SCHEMAS = {
  enabled: v.boolean(),
  siteMode: v.picklist(SITE_MODES),
  disabledSites: v.array(sitePattern),
  allowedSites: v.array(sitePattern),
  categories: v.array(v.picklist(CATEGORIES)),
  verdicts: v.array(v.picklist(VERDICTS)),
  kinds: v.picklist(KIND_FILTERS),
  highlightStyle: v.picklist(HIGHLIGHT_STYLES),
  hoverCard: v.boolean(),
  hoverDelayMs: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  badge: v.boolean(),
  theme: v.picklist(THEMES),
  hiddenTerms: v.array(HiddenTermSchema),
  cardOpens: v.picklist(CARD_OPENS),
  cardModifier: v.picklist(CARD_MODIFIERS),
  cardTextSize: v.picklist(CARD_TEXT_SIZES),
  pausedSites: v.array(PausedSiteSchema),
} as const;

export const SettingsSchema = v.strictObject(FIELD_SCHEMAS);
export type Settings = v.InferOutput<typeof SettingsSchema>;
export type HiddenTerm = v.InferOutput<typeof HiddenTermSchema>;
export type HighlightStyle = Settings['highlightStyle'];
export type Theme = Settings['theme'];
export type PausedSite = v.InferOutput<typeof PausedSiteSchema>;

export const DEFAULT_SETTINGS: Settings = Object.freeze({
  enabled: true,
  siteMode: 'all-except',
  disabledSites: [],
  allowedSites: [],
  categories: [...CATEGORIES],
  verdicts: [...VERDICTS],
  kinds: 'all',
  // Background, not underline, by default: Firefox draws text-decoration on highlights in broken
  // segments (seen in Firefox ESR 153; ../shared/STYLE.md notes it for 140–145).
  highlightStyle: 'background',
  hoverCard: true,
  hoverDelayMs: 300,
  badge: true,
  theme: 'system',
  hiddenTerms: [],
  cardOpens: 'hover',
  cardModifier: 'Alt',
  cardTextSize: 'normal',
  pausedSites: [],
}) as Settings;

export const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

/**
 * Earlier versions, kept so every stored value can be brought forward:
 * v1 (0.1 foundation): { highlighting: boolean }
 * v2: { enabled, disabledSites: string[] (bare host names), highlightStyle, theme, badge }
 * v3: the v4 fields less cardOpens, cardModifier, cardTextSize and pausedSites
 */
export const MIGRATIONS: Record<number, (old: any) => unknown> = {
  2: (old) => ({
    enabled: isRecord(old) && typeof old.highlighting === 'boolean' ? old.highlighting : true,
    disabledSites: [],
    highlightStyle: 'underline',
    theme: 'system',
    badge: true,
  }),
  3: (old) => {
    const base = isRecord(old) ? { ...old } : {};
    return {
      ...defaults(),
      ...base,
      // v2 stored bare host names; v3 patterns accept them as they are ("example.com").
      disabledSites: Array.isArray(base.disabledSites) ? base.disabledSites : [],
    };
  },
  // v4 adds fields only: the card's opening and text size, and timed pauses.
  4: (old) => {
    const base = isRecord(old) ? old : {};
    const fresh = defaults();
    return {
      ...base,
      cardOpens: base.cardOpens ?? fresh.cardOpens,
      cardModifier: base.cardModifier ?? fresh.cardModifier,
      cardTextSize: base.cardTextSize ?? fresh.cardTextSize,
      pausedSites: base.pausedSites ?? fresh.pausedSites,
    };
  },
};

/** Runs the migrations from `fromVersion` up to the current version. */
export function migrateSettings(value: unknown, fromVersion: number): unknown {
  let current = value;
  for (let version = fromVersion + 1; version <= SETTINGS_VERSION; version++) {
    current = MIGRATIONS[version]?.(current) ?? current;
  }
  return current;
}

const isRecord = (x: unknown): x is Record<string, any> => typeof x === 'object' && x !== null && !Array.isArray(x);

export interface RepairResult {
  settings: Settings;
  /** Human-readable notes on what was repaired; empty when the value was valid. */
  problems: string[];
}

/**
 * Repairs a stored value field by field: valid fields are kept, invalid ones fall back to their
 * default, array fields keep their valid items. Never throws.
 */
export function repairSettings(value: unknown): RepairResult {
  const settings = defaults();
  const problems: string[] = [];
  if (!isRecord(value)) {
    if (value !== undefined && value !== null) problems.push(`settings were ${typeof value}, not an object: defaults used`);
    return { settings, problems };
  }
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof Settings)[]) {
    if (!(key in value)) continue;
    const schema = FIELD_SCHEMAS[key];
    const parsed = v.safeParse(schema, value[key]);
    if (parsed.success) {
      (settings as any)[key] = parsed.output;
      continue;
    }
    if (Array.isArray(value[key]) && 'item' in schema) {
      const good = (value[key] as unknown[]).filter((item) => v.safeParse((schema as any).item, item).success);
      (settings as any)[key] = dedupe(good);
      problems.push(`${key}: dropped ${value[key].length - good.length} invalid item(s)`);
    } else {
      problems.push(`${key}: invalid value ${short(value[key])}, default used`);
    }
  }
  for (const key of Object.keys(value)) {
    if (!(key in FIELD_SCHEMAS)) problems.push(`${key}: unknown setting ignored`);
  }
  return { settings, problems };
}

const dedupe = <T>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
const short = (x: unknown) => {
  const text = JSON.stringify(x) ?? String(x);
  return text.length > 40 ? text.slice(0, 40) + '…' : text;
};

export type { Category, Verdict };
