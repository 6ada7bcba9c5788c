/**
 * The settings: their shape, defaults, migrations from every earlier version, and repair of bad values.
 * Pure (no browser APIs), so every rule is unit-tested; utils/settings.ts does the storing.
 */
import * as v from 'valibot';
import { CATEGORIES, VERDICTS } from '../data/scales';
import type { Category, Verdict } from '../data/schema';
import { parseSitePattern } from './site-patterns';

export const SETTINGS_VERSION = 5;

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

/**
 * Where readers' reports may go. Evidence Lens never sends a report: it composes one and hands it to
 * the reader, who copies it or opens a draft or a form. Empty by default, so nothing is addressed to a
 * party nobody chose (the draft has no recipient, the form choice is hidden); an organisation sets
 * these through managed settings. An e-mail address for the draft; an https form that takes the
 * report's fields as query parameters. Anything else is no destination at all.
 */
const reportEmail = v.union([
  v.literal(''),
  v.pipe(v.string(), v.maxLength(254), v.regex(/^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[a-z]{2,}$/i, 'not an e-mail address')),
]);
const reportForm = v.union([
  v.literal(''),
  v.pipe(v.string(), v.maxLength(2000), v.check(isHttpsForm, 'not an https:// address')),
]);

function isHttpsForm(text: string): boolean {
  try {
    const url = new URL(text);
    // No credentials in the address: the reader sees where the link goes, and nothing else rides on it.
    return url.protocol === 'https:' && !url.username && !url.password && url.href === text;
  } catch {
    return false;
  }
}

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
  reportEmail,
  reportForm,
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
  reportEmail: '',
  reportForm: '',
}) as Settings;

export const defaults = (): Settings => structuredClone(DEFAULT_SETTINGS) as Settings;

/**
 * Earlier versions, kept so every stored value can be brought forward:
 * v1 (0.1 foundation): { highlighting: boolean }
 * v2: { enabled, disabledSites: string[] (bare host names), highlightStyle, theme, badge }
 * v3: the v4 fields less cardOpens, cardModifier, cardTextSize and pausedSites
 * v4: the v5 fields less reportEmail and reportForm
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
  // v5 adds where reports go, empty (no destination) unless an organisation or the reader sets one.
  5: (old) => {
    const base = isRecord(old) ? old : {};
    return { ...base, reportEmail: base.reportEmail ?? '', reportForm: base.reportForm ?? '' };
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
 * Repairs a stored value field by field: valid fields are kept, invalid or missing ones fall back to
 * `base` (the defaults, or an organisation's presets over them: managed-settings.ts), array fields keep
 * their valid items. Never throws.
 */
export function repairSettings(value: unknown, base: Settings = DEFAULT_SETTINGS): RepairResult {
  const settings = structuredClone(base) as Settings;
  const problems: string[] = [];
  if (!isRecord(value)) {
    if (value !== undefined && value !== null) problems.push(`settings were ${typeof value}, not an object: defaults used`);
    return { settings, problems };
  }
  for (const key of Object.keys(FIELD_SCHEMAS) as (keyof Settings)[]) {
    if (!(key in value)) continue;
    const field = repairField(key, value[key]);
    if (field.ok) (settings as any)[key] = field.value;
    if (field.problem) problems.push(field.problem);
  }
  for (const key of Object.keys(value)) {
    if (!(key in FIELD_SCHEMAS)) problems.push(`${key}: unknown setting ignored`);
  }
  return { settings, problems };
}

/**
 * One field's value: valid as it is, or (a list) its valid items with a note, or not usable (a note).
 * The one rule for the reader's settings and an organisation's managed values alike.
 */
export function repairField(key: keyof Settings, value: unknown): { ok: boolean; value?: unknown; problem?: string } {
  const schema = FIELD_SCHEMAS[key];
  const parsed = v.safeParse(schema, value);
  if (parsed.success) return { ok: true, value: parsed.output };
  if (Array.isArray(value) && 'item' in schema) {
    const good = value.filter((item) => v.safeParse((schema as any).item, item).success);
    return { ok: true, value: dedupe(good), problem: `${key}: dropped ${value.length - good.length} invalid item(s)` };
  }
  return { ok: false, problem: `${key}: invalid value ${short(value)}, default used` };
}

const dedupe = <T>(items: T[]) => [...new Map(items.map((i) => [JSON.stringify(i), i])).values()];
const short = (x: unknown) => {
  const text = JSON.stringify(x) ?? String(x);
  return text.length > 40 ? text.slice(0, 40) + '…' : text;
};

export type { Category, Verdict };
