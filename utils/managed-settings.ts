/**
 * Settings an organisation manages (storage.managed: Chrome's policy for this extension, Firefox's
 * enterprise policy under "3rdparty"; docs/managed-settings.md). A managed value is a *preset*: where
 * the reader starts, used for every field the reader's own settings do not hold. A field named in
 * `locked` is *enforced*: its managed value (or, without one, the built-in default) wins over the
 * reader's, and options, popup and commands cannot change it.
 *
 * Managed values are checked with the reader's repair rules, field by field: a bad one is ignored with
 * a note (the caller logs it), and never stops the rest. Pure, so every rule is unit-tested.
 */
import { DEFAULT_SETTINGS, FIELD_SCHEMAS, repairField, repairSettings, type RepairResult, type Settings } from './settings-schema';

type Field = keyof Settings;

/** Fields an organisation may preset. Hidden terms and pauses are the reader's own moments. */
export const MANAGED_VALUE_FIELDS = (Object.keys(FIELD_SCHEMAS) as Field[]).filter((k) => k !== 'hiddenTerms' && k !== 'pausedSites');
/** Fields an organisation may lock: the above, and pauses (locked, no site can be paused). */
export const LOCKABLE_FIELDS: readonly Field[] = [...MANAGED_VALUE_FIELDS, 'pausedSites'];
/** The key of the list of locked fields in storage.managed. */
export const LOCKED_KEY = 'locked';

export interface ManagedPolicy {
  values: Partial<Settings>;
  locked: Field[];
}

export const NO_POLICY: ManagedPolicy = Object.freeze({ values: Object.freeze({}), locked: Object.freeze([]) as unknown as Field[] });

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * What storage.managed holds, field by field: good values kept, bad ones left out with a note.
 * Never throws; anything that is not an object is no policy.
 */
export function readPolicy(raw: unknown): { policy: ManagedPolicy; problems: string[] } {
  const problems: string[] = [];
  if (!isRecord(raw)) {
    if (raw !== undefined && raw !== null) problems.push(`managed settings were ${typeof raw}, not an object: ignored`);
    return { policy: NO_POLICY, problems };
  }
  const values: Partial<Settings> = {};
  for (const key of MANAGED_VALUE_FIELDS) {
    if (!(key in raw)) continue;
    const field = repairField(key, raw[key]);
    if (field.ok) (values as Record<string, unknown>)[key] = field.value;
    if (field.problem) problems.push(field.problem.replace(', default used', ', ignored'));
  }
  const locked: Field[] = [];
  if (LOCKED_KEY in raw) {
    const list = raw[LOCKED_KEY];
    if (!Array.isArray(list)) problems.push(`${LOCKED_KEY}: not a list, ignored`);
    else
      for (const name of list) {
        if ((LOCKABLE_FIELDS as unknown[]).includes(name)) {
          if (!locked.includes(name as Field)) locked.push(name as Field);
        } else problems.push(`${LOCKED_KEY}: ${JSON.stringify(name)} is not a setting that can be locked, ignored`);
      }
  }
  for (const key of Object.keys(raw)) {
    if (key === LOCKED_KEY || (MANAGED_VALUE_FIELDS as string[]).includes(key)) continue;
    problems.push(`${key}: not a managed setting, ignored`);
  }
  return { policy: { values, locked }, problems };
}

/** The defaults with the organisation's presets over them: what a reader starts with, and "Reset" gives. */
export function presetDefaults(policy: ManagedPolicy): Settings {
  return { ...structuredClone(DEFAULT_SETTINGS), ...structuredClone(policy.values) } as Settings;
}

/** The reader's own stored value, repaired with the presets as the fallback (no lock applied). */
export function ownSettings(stored: unknown, policy: ManagedPolicy): RepairResult {
  return repairSettings(stored, presetDefaults(policy));
}

/** The settings in force: the reader's own, with every locked field held at the managed value. */
export function enforce(own: Settings, policy: ManagedPolicy): Settings {
  if (!policy.locked.length) return own;
  const out = { ...own } as Record<string, unknown>;
  for (const key of policy.locked) out[key] = structuredClone(key in policy.values ? policy.values[key] : DEFAULT_SETTINGS[key]);
  return out as Settings;
}

/** A change from options, popup or a command, less what the organisation locked. */
export function unlockedPart(patch: Partial<Settings>, policy: ManagedPolicy): Partial<Settings> {
  if (!policy.locked.length) return patch;
  const out = { ...patch } as Record<string, unknown>;
  for (const key of policy.locked) delete out[key];
  return out as Partial<Settings>;
}

export const isLocked = (policy: ManagedPolicy, field: Field) => policy.locked.includes(field);

/** The checked policy in the flat shape storage.managed uses, as the background mirrors it (managed-mirror.ts). */
export function flatPolicy(policy: ManagedPolicy): Record<string, unknown> {
  return { ...policy.values, [LOCKED_KEY]: [...policy.locked] };
}
