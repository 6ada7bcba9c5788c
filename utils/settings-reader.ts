/**
 * Read-only settings for the content script, which runs in every frame of every page: the same stored
 * value that utils/settings.ts writes through WXT storage (key "settings", version meta in "settings$"),
 * read with browser.storage directly, brought forward with the same pure migrations and repaired field
 * by field. Leaving WXT's storage library out of the content script saves ~4 KB gzipped per page.
 * Content scripts never write settings: they ask the background (messages.ts). An organisation's
 * managed settings come from the background's checked copy in storage.local (background/managed-mirror.ts:
 * content scripts cannot read storage.managed in every browser), read in the same call.
 */
import type { BrowserApi } from './browser-api';
import { enforce, NO_POLICY, ownSettings, readPolicy, type ManagedPolicy } from './managed-settings';
import { migrateSettings, SETTINGS_VERSION, type Settings } from './settings-schema';

export const SETTINGS_KEY = 'settings';
export const SETTINGS_META_KEY = 'settings$';
/** storage.local: the organisation's managed settings as the background checked them. */
export const MANAGED_MIRROR_KEY = 'managedSettings';

type Area = 'sync' | 'local';

interface AreaRead {
  value: unknown;
  updatedAt: number;
  policy?: ManagedPolicy;
}

async function readArea(browser: BrowserApi, area: Area): Promise<AreaRead> {
  try {
    const keys = area === 'local' ? [SETTINGS_KEY, SETTINGS_META_KEY, MANAGED_MIRROR_KEY] : [SETTINGS_KEY, SETTINGS_META_KEY];
    const got = await browser.storage[area].get(keys);
    // The mirror was checked (and its problems logged) by the background: read it quietly.
    const policy = got[MANAGED_MIRROR_KEY] === undefined ? undefined : readPolicy(got[MANAGED_MIRROR_KEY]).policy;
    const raw = got[SETTINGS_KEY];
    const meta = got[SETTINGS_META_KEY] as { v?: unknown } | undefined;
    // WXT writes the value and its version in two steps: between them, tell the version by the shape.
    const version = typeof meta?.v === 'number' ? meta.v : versionByShape(raw);
    const migrated = raw == null || version >= SETTINGS_VERSION ? raw : migrateSettings(raw, version);
    if (migrated && typeof migrated === 'object' && !Array.isArray(migrated)) {
      const { updatedAt, ...value } = migrated as Record<string, unknown>;
      return { value, updatedAt: typeof updatedAt === 'number' ? updatedAt : 0, policy };
    }
    return { value: migrated, updatedAt: 0, policy };
  } catch {
    return { value: null, updatedAt: -1 }; // this area is unavailable (no sync in some browsers)
  }
}

/** v1 stored { highlighting }, v2 had no siteMode, v3 no cardOpens, v4 no reportEmail. */
function versionByShape(raw: unknown): number {
  if (!raw || typeof raw !== 'object') return SETTINGS_VERSION;
  if ('highlighting' in raw) return 1;
  if ('reportEmail' in raw) return SETTINGS_VERSION;
  if ('cardOpens' in raw) return 4;
  return 'siteMode' in raw ? 3 : 2;
}

/**
 * The newer of the synced and the local copy, migrated and repaired, with the organisation's managed
 * settings applied (presets where the reader has no value, locked fields enforced). Never throws.
 */
export async function readSettings(browser: BrowserApi): Promise<Settings> {
  const [synced, local] = await Promise.all([readArea(browser, 'sync'), readArea(browser, 'local')]);
  const chosen = local.updatedAt > synced.updatedAt ? local.value : synced.value;
  const policy = local.policy ?? NO_POLICY;
  const { settings, problems } = ownSettings(chosen, policy);
  if (problems.length) console.warn('[Evidence Lens] settings repaired:', problems.join('; '));
  return enforce(settings, policy);
}

export function watchStoredSettings(browser: BrowserApi, callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    const ours = SETTINGS_KEY in changes || (area === 'local' && MANAGED_MIRROR_KEY in changes);
    if ((area === 'sync' || area === 'local') && ours) void readSettings(browser).then(callback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
