/**
 * What the reader's settings allow on one site: whether to scan at all, and which matches to paint.
 */
import type { CompiledIndex } from './matcher/compile';
import type { Match } from './matcher/scan';
import type { Settings } from './settings-schema';
import { hostMatches, matchesAny } from './site-patterns';

export type SiteStatus = { active: true } | { active: false; reason: 'disabled' | 'site-off' | 'not-allowed' };

export function siteStatus(settings: Settings, host: string): SiteStatus {
  if (!settings.enabled) return { active: false, reason: 'disabled' };
  if (settings.siteMode === 'only-allowed') {
    return matchesAny(settings.allowedSites, host) ? { active: true } : { active: false, reason: 'not-allowed' };
  }
  return matchesAny(settings.disabledSites, host) ? { active: false, reason: 'site-off' } : { active: true };
}

export function createMatchFilter(settings: Settings, index: CompiledIndex, host: string): (m: Match) => boolean {
  const categories = new Set(settings.categories);
  const verdicts = new Set(settings.verdicts);
  const hidden = new Set(
    settings.hiddenTerms.filter((t) => hostMatches(t.site, host)).map((t) => `${t.entry}\u0000${t.phrase}`),
  );
  const claimsOnly = settings.kinds === 'claims';
  return (match) => {
    const entry = index.entries[match.entry];
    if (!categories.has(entry.category) || !verdicts.has(entry.verdict)) return false;
    if (claimsOnly && match.kind !== 'claim') return false;
    return !hidden.has(`${entry.id}\u0000${index.phrases[match.phrase].text}`);
  };
}

/** Turning a site on or off from the popup or a command: edits the list for the current mode. */
export function toggleSite(settings: Settings, host: string): Partial<Settings> {
  const status = siteStatus({ ...settings, enabled: true }, host);
  if (settings.siteMode === 'only-allowed') {
    return status.active
      ? { allowedSites: settings.allowedSites.filter((p) => !hostMatches(p, host)) }
      : { allowedSites: [...settings.allowedSites, host] };
  }
  return status.active
    ? { disabledSites: [...settings.disabledSites, host] }
    : { disabledSites: settings.disabledSites.filter((p) => !hostMatches(p, host)) };
}
