/**
 * Settings export and import. An import is all or nothing: a file that is not ours, not JSON, from
 * a newer version, or with any invalid field is refused with a message naming the problem, and the
 * current settings stay as they are.
 */
import * as v from 'valibot';
import { FIELD_SCHEMAS, SETTINGS_VERSION, migrateSettings, type Settings } from './settings-schema';
import { t } from './i18n';

export const FILE_KIND = 'evidence-lens-settings';

export function exportSettings(settings: Settings, now = new Date()): string {
  return JSON.stringify({ kind: FILE_KIND, version: SETTINGS_VERSION, exported: now.toISOString(), settings }, null, 2);
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: string };

export function importSettings(text: string): ImportResult {
  let data: any;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: t('import_not_json') };
  }
  if (!data || typeof data !== 'object' || data.kind !== FILE_KIND) {
    return { ok: false, error: t('import_not_ours') };
  }
  const version = data.version;
  if (!Number.isInteger(version) || version < 1) return { ok: false, error: t('import_no_version') };
  if (version > SETTINGS_VERSION) {
    return { ok: false, error: t('import_newer', version) };
  }
  if (!data.settings || typeof data.settings !== 'object') return { ok: false, error: t('import_no_settings') };
  const migrated = migrateSettings(data.settings, version) as Record<string, unknown>;
  const problems: string[] = [];
  const settings: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(FIELD_SCHEMAS)) {
    if (!(key in migrated)) {
      problems.push(t('import_missing', key));
      continue;
    }
    const parsed = v.safeParse(schema as v.GenericSchema, migrated[key]);
    if (parsed.success) settings[key] = parsed.output;
    else problems.push(`"${key}": ${parsed.issues[0]?.message ?? 'invalid'}`);
  }
  for (const key of Object.keys(migrated)) if (!(key in FIELD_SCHEMAS)) problems.push(t('import_unknown', key));
  if (problems.length) return { ok: false, error: t('import_failed', problems.join('; ')) };
  return { ok: true, settings: settings as Settings };
}
