/**
 * Read-only settings for the content script, which runs in every frame of every page: the same stored
 * value that utils/settings.ts writes through WXT storage (key "settings", version meta in "settings$"),
 * read with browser.storage directly, brought forward with the same pure migrations and repaired field
 * by field. Leaving WXT's storage library out of the content script saves ~4 KB gzipped per page.
 * Content scripts never write settings: they ask the background (messages.ts).
 */
import type { BrowserApi } from './browser-api';
import { migrateSettings, repairSettings, SETTINGS_VERSION, type Settings } from './settings-schema';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_META_KEY = 'settings$';

type Area = 'sync' | 'local';

async function readArea(browser: BrowserApi, area: Area): Promise<{ value: unknown; updatedAt: number }> {
  try {
    const got = await browser.storage[area].get([SETTINGS_KEY, SETTINGS_META_KEY]);
    const raw = got[SETTINGS_KEY];
    const meta = got[SETTINGS_META_KEY] as { v?: unknown } | undefined;
    // WXT writes the value and its version in two steps: between them, tell the version by the shape.
    const version = typeof meta?.v === 'number' ? meta.v : versionByShape(raw);
    const migrated = raw == null || version >= SETTINGS_VERSION ? raw : migrateSettings(raw, version);
    if (migrated && typeof migrated === 'object' && !Array.isArray(migrated)) {
      const { updatedAt, ...value } = migrated as Record<string, unknown>;
      return { value, updatedAt: typeof updatedAt === 'number' ? updatedAt : 0 };
    }
    return { value: migrated, updatedAt: 0 };
  } catch {
    return { value: null, updatedAt: -1 }; // this area is unavailable (no sync in some browsers)
  }
}

/** v1 stored { highlighting }, v2 had no siteMode, v3 no cardOpens; anything else is the current shape. */
function versionByShape(raw: unknown): number {
  if (!raw || typeof raw !== 'object') return SETTINGS_VERSION;
  if ('highlighting' in raw) return 1;
  if ('cardOpens' in raw) return SETTINGS_VERSION;
  return 'siteMode' in raw ? 3 : 2;
}

/** The newer of the synced and the local copy, migrated and repaired. Never throws. */
export async function readSettings(browser: BrowserApi): Promise<Settings> {
  const [synced, local] = await Promise.all([readArea(browser, 'sync'), readArea(browser, 'local')]);
  const chosen = local.updatedAt > synced.updatedAt ? local.value : synced.value;
  const { settings, problems } = repairSettings(chosen);
  if (problems.length) console.warn('[Evidence Lens] settings repaired:', problems.join('; '));
  return settings;
}

export function watchStoredSettings(browser: BrowserApi, callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if ((area === 'sync' || area === 'local') && SETTINGS_KEY in changes) void readSettings(browser).then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
