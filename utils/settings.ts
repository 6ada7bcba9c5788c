/**
 * Settings storage for the pages that write settings (options, popup, background): one versioned item
 * in sync storage (so choices follow the reader's browsers), with a
 * local copy as fallback when sync is missing or refuses a write (quota). Every read is repaired field by
 * field (settings-schema.ts); problems are logged as warnings, never thrown. An organisation's managed
 * settings (managed-settings.ts) are applied on every read, and locked fields are never written.
 */
import { storage } from 'wxt/utils/storage';
import { MIGRATIONS, SETTINGS_VERSION, type Settings } from './settings-schema';
import { MANAGED_MIRROR_KEY, SETTINGS_KEY } from './settings-reader';
import { enforce, NO_POLICY, ownSettings, presetDefaults, readPolicy, unlockedPart, type ManagedPolicy } from './managed-settings';

type Stored = Settings & { updatedAt?: number };

const options = {
  // No fallback value: a reader who never saved settings must be told apart, so presets apply to them.
  fallback: null as Stored | null,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS as Record<number, (old: any) => Stored | null>,
};

const syncItem = storage.defineItem<Stored | null>(`sync:${SETTINGS_KEY}`, options);
const localItem = storage.defineItem<Stored | null>(`local:${SETTINGS_KEY}`, options);
/** The background's checked copy of storage.managed (background/managed-mirror.ts). */
const managedItem = storage.defineItem<Record<string, unknown> | null>(`local:${MANAGED_MIRROR_KEY}`, { fallback: null });

/** The organisation's managed settings in force (none when nothing is managed). */
export async function getManagedPolicy(): Promise<ManagedPolicy> {
  const raw = await managedItem.getValue().catch(() => null);
  return raw ? readPolicy(raw).policy : NO_POLICY;
}

export function watchManagedPolicy(callback: (policy: ManagedPolicy) => void): () => void {
  return managedItem.watch((raw) => callback(raw ? readPolicy(raw).policy : NO_POLICY));
}

async function readRaw(): Promise<unknown> {
  const [synced, local] = await Promise.all([
    syncItem.getValue().catch(() => null),
    localItem.getValue().catch(() => null),
  ]);
  // The newer of the two wins: a write that sync refused lives only in local.
  const time = (x: unknown) => (x && typeof x === 'object' && typeof (x as Stored).updatedAt === 'number' ? (x as Stored).updatedAt! : 0);
  return time(local) > time(synced) ? local : synced;
}

const strip = (raw: unknown) => {
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    const { updatedAt: _ignored, ...rest } = raw as Stored;
    return rest;
  }
  return raw;
};

/**
 * The managed settings, and the reader's own settings (presets where they hold no value) before
 * locked fields are enforced; read side by side, so a write waits no longer than before.
 */
async function readBoth(): Promise<{ policy: ManagedPolicy; own: Settings }> {
  const [policy, raw] = await Promise.all([getManagedPolicy(), readRaw()]);
  const { settings, problems } = ownSettings(strip(raw), policy);
  if (problems.length) console.warn('[Evidence Lens] settings repaired:', problems.join('; '));
  return { policy, own: settings };
}

/** The settings in force: the reader's, with the organisation's locked fields. */
export async function getSettings(): Promise<Settings> {
  const { policy, own } = await readBoth();
  return enforce(own, policy);
}

/**
 * Stores `settings` as the reader's own, except locked fields: those keep the reader's earlier value,
 * so the reader's choices come back as they were if the organisation unlocks them.
 */
export async function saveSettings(settings: Settings): Promise<void> {
  const { policy, own } = await readBoth();
  await writeOwn(policy.locked.length ? { ...own, ...unlockedPart(settings, policy) } : settings);
}

async function writeOwn(settings: Settings): Promise<void> {
  const value: Stored = { ...settings, updatedAt: Date.now() };
  await localItem.setValue(value);
  try {
    await syncItem.setValue(value);
  } catch (error) {
    console.warn('[Evidence Lens] sync storage refused the settings; kept in local storage only.', error);
  }
}

/** Changes some fields; a change to a locked field is dropped (with a warning), the rest is kept. */
export async function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)) {
  const { policy, own } = await readBoth();
  const patch = typeof change === 'function' ? change(enforce(own, policy)) : change;
  const allowed = unlockedPart(patch, policy);
  const refused = Object.keys(patch).filter((k) => !(k in allowed));
  if (refused.length) console.warn('[Evidence Lens] not changed, set by your organisation:', refused.join(', '));
  const next = { ...own, ...allowed };
  await writeOwn(next);
  return enforce(next, policy);
}

/** Calls back with the settings in force whenever either copy or the managed settings change. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const onChange = () => void getSettings().then(callback);
  const unwatch = [syncItem.watch(onChange), localItem.watch(onChange), managedItem.watch(onChange)];
  return () => unwatch.forEach((f) => f());
}

/** Back to the defaults, or to the organisation's presets where it set some (locked fields stay). */
export const resetSettings = async () => saveSettings(presetDefaults(await getManagedPolicy()));
