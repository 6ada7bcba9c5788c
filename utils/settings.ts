/**
 * Settings storage for the pages that write settings (options, popup, background): one versioned item
 * in sync storage (so choices follow the reader's browsers), with a
 * local copy as fallback when sync is missing or refuses a write (quota). Every read is repaired field by
 * field (settings-schema.ts); problems are logged as warnings, never thrown.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  MIGRATIONS,
  SETTINGS_VERSION,
  repairSettings,
  type Settings,
} from './settings-schema';
import { SETTINGS_KEY } from './settings-reader';

type Stored = Settings & { updatedAt?: number };

const options = {
  fallback: DEFAULT_SETTINGS as Stored,
  version: SETTINGS_VERSION,
  migrations: MIGRATIONS as Record<number, (old: any) => Stored>,
};

const syncItem = storage.defineItem<Stored>(`sync:${SETTINGS_KEY}`, options);
const localItem = storage.defineItem<Stored>(`local:${SETTINGS_KEY}`, options);

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

export async function getSettings(): Promise<Settings> {
  const { settings, problems } = repairSettings(strip(await readRaw()));
  if (problems.length) console.warn('[Evidence Lens] settings repaired:', problems.join('; '));
  return settings;
}

export async function saveSettings(settings: Settings): Promise<void> {
  const value: Stored = { ...settings, updatedAt: Date.now() };
  await localItem.setValue(value);
  try {
    await syncItem.setValue(value);
  } catch (error) {
    console.warn('[Evidence Lens] sync storage refused the settings; kept in local storage only.', error);
  }
}

export async function updateSettings(change: Partial<Settings> | ((s: Settings) => Partial<Settings>)) {
  const current = await getSettings();
  const patch = typeof change === 'function' ? change(current) : change;
  const next = { ...current, ...patch };
  await saveSettings(next);
  return next;
}

/** Calls back with repaired settings whenever either copy changes; returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const onChange = () => void getSettings().then(callback);
  const unwatchSync = syncItem.watch(onChange);
  const unwatchLocal = localItem.watch(onChange);
  return () => {
    unwatchSync();
    unwatchLocal();
  };
}

export const resetSettings = () => saveSettings(structuredClone(DEFAULT_SETTINGS) as Settings);
