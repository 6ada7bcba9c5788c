/**
 * What the reader's settings allow on one site: whether to scan at all, and which matches to paint.
 */
import type { CompiledIndex } from './matcher/compile';
import type { Match } from './matcher/scan';
import type { Settings } from './settings-schema';
import { hostMatches, matchesAny } from './site-patterns';
import { pausedUntil } from './pause';

export type SiteStatus =
  | { active: true }
  | { active: false; reason: 'disabled' | 'site-off' | 'not-allowed' }
  | { active: false; reason: 'paused'; until: number };

export function siteStatus(settings: Settings, host: string, now = Date.now()): SiteStatus {
  if (!settings.enabled) return { active: false, reason: 'disabled' };
  const until = pausedUntil(settings, host, now);
  if (until) return { active: false, reason: 'paused', until };
  if (settings.siteMode === 'only-allowed') {
    return matchesAny(settings.allowedSites, host) ? { active: true } : { active: false, reason: 'not-allowed' };
  }
  return matchesAny(settings.disabledSites, host) ? { active: false, reason: 'site-off' } : { active: true };
}

/** The reader's hidden terms that apply on this host. */
export const hiddenTermsFor = (settings: Settings, host: string) => settings.hiddenTerms.filter((t) => hostMatches(t.site, host));

/**
 * Which matches to paint. `hiddenPhrases`: ids of the phrases the reader hid on this site, resolved
 * from hiddenTermsFor() by the caller (the page learns phrase texts from the full entries).
 */
export function createMatchFilter(
  settings: Settings,
  index: CompiledIndex,
  hiddenPhrases: ReadonlySet<number> = new Set(),
): (m: Match) => boolean {
  const categories = new Set(settings.categories);
  const verdicts = new Set(settings.verdicts);
  const claimsOnly = settings.kinds === 'claims';
  return (match) => {
    const entry = index.entries[match.entry];
    if (!categories.has(entry.category) || !verdicts.has(entry.verdict)) return false;
    if (claimsOnly && match.kind !== 'claim') return false;
    return !hiddenPhrases.has(match.phrase);
  };
}

/** Phrase ids of hidden terms, given a way to read full entries (the background, in the page). */
export async function resolveHiddenPhrases(
  terms: readonly { entry: string; phrase: string }[],
  index: CompiledIndex,
  getEntry: (id: string) => Promise<{ phrases: (string | { text: string })[] } | null>,
): Promise<Set<number>> {
  const ids = new Set<number>();
  if (!terms.length) return ids;
  const byEntry = new Map(index.entries.map((e, i) => [e.id, i]));
  for (const term of terms) {
    const entryIndex = byEntry.get(term.entry);
    const entry = entryIndex === undefined ? null : await getEntry(term.entry);
    if (!entry) continue;
    const position = entry.phrases.findIndex((p) => (typeof p === 'string' ? p : p.text) === term.phrase);
    if (position < 0) continue;
    const first = index.phrases.findIndex((p) => p.entry === entryIndex);
    ids.add(first + position);
  }
  return ids;
}

/** Turning a site on or off from the popup or a command: edits the list for the current mode. */
export function toggleSite(settings: Settings, host: string): Partial<Settings> {
  // The switch is about the site lists: a pause (which ends by itself) does not count here.
  const status = siteStatus({ ...settings, enabled: true, pausedSites: [] }, host);
  if (settings.siteMode === 'only-allowed') {
    return status.active
      ? { allowedSites: settings.allowedSites.filter((p) => !hostMatches(p, host)) }
      : { allowedSites: [...settings.allowedSites, host] };
  }
  return status.active
    ? { disabledSites: [...settings.disabledSites, host] }
    : { disabledSites: settings.disabledSites.filter((p) => !hostMatches(p, host)) };
}
