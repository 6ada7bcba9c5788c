import { describe, expect, it } from 'vitest';
import { hostMatches, parseSitePattern } from '../../utils/site-patterns';
import { siteStatus, toggleSite } from '../../utils/highlight-filter';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

describe('site patterns', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  Example.COM ', 'example.com'],
    ['*.example.org', '*.example.org'],
    ['https://www.example.com/path?q=1', 'www.example.com'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['example.com:8080', 'example.com'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('accepts %s as %s', (input, pattern) => {
    expect(parseSitePattern(input)).toEqual({ ok: true, pattern });
  });

  it.each([
    ['', /Type a site/],
    ['exa mple.com', /spaces/],
    ['example.com/news', /without a path/],
    ['ex*ample.com', /\* may only start/],
    ['-bad-.com', /not a valid site name/],
    ['300.1.1.1', /not a valid IP/],
    ['http://', /not a valid address|no site name/],
    [42, /must be text/],
  ])('refuses %s with a clear message', (input, message) => {
    const result = parseSitePattern(input);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it('covers the host and its subdomains, not look-alikes', () => {
    expect(hostMatches('example.com', 'example.com')).toBe(true);
    expect(hostMatches('example.com', 'www.example.com')).toBe(true);
    expect(hostMatches('*.example.com', 'a.b.example.com')).toBe(true);
    expect(hostMatches('example.com', 'badexample.com')).toBe(false);
    expect(hostMatches('example.com', 'example.com.evil.net')).toBe(false);
  });
});

describe('site status and the per-site switch', () => {
  it('all sites except those turned off', () => {
    const s = { ...DEFAULT_SETTINGS, disabledSites: ['bank.example'] };
    expect(siteStatus(s, 'www.bank.example')).toEqual({ active: false, reason: 'site-off' });
    expect(siteStatus(s, 'news.example')).toEqual({ active: true });
    expect(siteStatus({ ...s, enabled: false }, 'news.example')).toEqual({ active: false, reason: 'disabled' });
  });

  it('only on allowed sites', () => {
    const s = { ...DEFAULT_SETTINGS, siteMode: 'only-allowed' as const, allowedSites: ['health.example'] };
    expect(siteStatus(s, 'health.example')).toEqual({ active: true });
    expect(siteStatus(s, 'other.example')).toEqual({ active: false, reason: 'not-allowed' });
  });

  it('toggling edits the list of the current mode, both ways', () => {
    const on = DEFAULT_SETTINGS;
    const off = { ...on, ...toggleSite(on, 'news.example') };
    expect(off.disabledSites).toEqual(['news.example']);
    expect({ ...off, ...toggleSite(off, 'news.example') }.disabledSites).toEqual([]);
    const allow = { ...on, siteMode: 'only-allowed' as const };
    expect(toggleSite(allow, 'a.example')).toEqual({ allowedSites: ['a.example'] });
  });
});
