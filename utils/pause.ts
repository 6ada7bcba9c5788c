/**
 * Timed pauses of one site ("Pause for 1 hour", "Pause until tomorrow"): a stored end time, read
 * against the clock wherever the status is decided, so a pause ends by itself, survives a browser
 * restart and needs no alarm. Pure, so every rule is unit-tested.
 */
import type { Settings } from './settings-schema';
import { hostMatches } from './site-patterns';
import { testPauseMs } from './page/test-hooks';

export const HOUR_MS = 3600_000;

/** The end of the pause on this host, or 0 when it is not paused (an end in the past is no pause). */
export function pausedUntil(settings: Pick<Settings, 'pausedSites'>, host: string, now = Date.now()): number {
  let until = 0;
  for (const p of settings.pausedSites) if (p.until > now && hostMatches(p.site, host)) until = Math.max(until, p.until);
  return until;
}

/** Pauses `site` until `until`; ended pauses are dropped on the way, so the list never grows. */
export function pauseSite(settings: Pick<Settings, 'pausedSites'>, site: string, until: number, now = Date.now()): Pick<Settings, 'pausedSites'> {
  return { pausedSites: [...settings.pausedSites.filter((p) => p.until > now && p.site !== site), { site, until }] };
}

/** Ends every pause that covers this host now. */
export function resumeSite(settings: Pick<Settings, 'pausedSites'>, host: string, now = Date.now()): Pick<Settings, 'pausedSites'> {
  return { pausedSites: settings.pausedSites.filter((p) => p.until > now && !hostMatches(p.site, host)) };
}

/** The two choices the popup offers: an hour from now, and the coming local midnight. */
export function pauseEnd(choice: 'hour' | 'tomorrow', now = Date.now()): number {
  if (choice === 'hour') return now + (testPauseMs() || HOUR_MS);
  const midnight = new Date(now);
  midnight.setHours(24, 0, 0, 0);
  return midnight.getTime();
}
