/** Timed pauses: they end by themselves against the clock, cover subdomains, and never pile up. */
import { describe, expect, it } from 'vitest';
import { HOUR_MS, pauseEnd, pauseSite, pausedUntil, resumeSite } from '../../utils/pause';
import { siteStatus, toggleSite } from '../../utils/highlight-filter';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings-schema';

const NOW = new Date(2026, 11, 4, 15, 30).getTime();
const withPauses = (pausedSites: Settings['pausedSites']): Settings => ({ ...DEFAULT_SETTINGS, pausedSites });

describe('timed pauses', () => {
  it('a site is paused until its end time, and not a moment after', () => {
    const s = withPauses([{ site: 'news.example', until: NOW + HOUR_MS }]);
    expect(pausedUntil(s, 'news.example', NOW)).toBe(NOW + HOUR_MS);
    expect(pausedUntil(s, 'www.news.example', NOW)).toBe(NOW + HOUR_MS); // patterns cover subdomains
    expect(pausedUntil(s, 'other.example', NOW)).toBe(0);
    expect(pausedUntil(s, 'news.example', NOW + HOUR_MS)).toBe(0);
    expect(siteStatus(s, 'news.example', NOW)).toEqual({ active: false, reason: 'paused', until: NOW + HOUR_MS });
    expect(siteStatus(s, 'news.example', NOW + HOUR_MS + 1)).toEqual({ active: true });
  });

  it('"turned off everywhere" outranks a pause; a pause outranks the site lists', () => {
    const s = { ...withPauses([{ site: 'news.example', until: NOW + 10 }]), disabledSites: ['news.example'] };
    expect(siteStatus({ ...s, enabled: false }, 'news.example', NOW)).toMatchObject({ reason: 'disabled' });
    expect(siteStatus(s, 'news.example', NOW)).toMatchObject({ reason: 'paused' });
    expect(siteStatus(s, 'news.example', NOW + 11)).toMatchObject({ reason: 'site-off' });
  });

  it('pausing again replaces the site’s pause and drops ended ones', () => {
    const s = withPauses([
      { site: 'old.example', until: NOW - 1 },
      { site: 'news.example', until: NOW + 5 },
      { site: 'keep.example', until: NOW + 9 },
    ]);
    expect(pauseSite(s, 'news.example', NOW + HOUR_MS, NOW).pausedSites).toEqual([
      { site: 'keep.example', until: NOW + 9 },
      { site: 'news.example', until: NOW + HOUR_MS },
    ]);
  });

  it('resume ends every pause covering the host', () => {
    const s = withPauses([{ site: 'news.example', until: NOW + 5 }, { site: 'keep.example', until: NOW + 9 }]);
    expect(resumeSite(s, 'www.news.example', NOW).pausedSites).toEqual([{ site: 'keep.example', until: NOW + 9 }]);
  });

  it('the popup’s two choices: an hour from now, and the coming local midnight', () => {
    expect(pauseEnd('hour', NOW)).toBe(NOW + HOUR_MS);
    expect(pauseEnd('tomorrow', NOW)).toBe(new Date(2026, 11, 5, 0, 0).getTime());
  });

  it('the site switch ignores a pause (it edits the lists only)', () => {
    const s = withPauses([{ site: 'news.example', until: Date.now() + HOUR_MS }]);
    expect(toggleSite(s, 'news.example')).toEqual({ disabledSites: ['news.example'] });
  });
});
