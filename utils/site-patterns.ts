/**
 * Site patterns for "off on these sites" and "only on sites I allow".
 *
 * A pattern is a host name ("example.com", "localhost", "127.0.0.1") and matches that host and all its
 * subdomains; "*.example.com" says the same thing explicitly. A pasted address
 * ("https://www.example.com/page") is accepted and reduced to its host.
 */
import { t } from './i18n';

export type PatternResult = { ok: true; pattern: string } | { ok: false; error: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

export function parseSitePattern(input: unknown): PatternResult {
  if (typeof input !== 'string') return { ok: false, error: t('site_not_text') };
  let text = input.trim().toLowerCase();
  if (!text) return { ok: false, error: t('site_empty') };
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
    try {
      text = new URL(text).hostname;
    } catch {
      return { ok: false, error: t('site_bad_address', input) };
    }
    if (!text) return { ok: false, error: t('site_no_name', input) };
  }
  if (/\s/.test(text)) return { ok: false, error: t('site_spaces') };
  if (text.includes('/')) return { ok: false, error: t('site_path') };
  let wildcard = false;
  if (text.startsWith('*.')) {
    wildcard = true;
    text = text.slice(2);
  }
  if (text.includes('*')) return { ok: false, error: t('site_star') };
  text = text.replace(/\.$/, '').replace(/:\d+$/, '');
  const ip = IPV4.exec(text);
  if (ip) {
    if (wildcard) return { ok: false, error: t('site_ip_star') };
    if (ip.slice(1).some((n) => Number(n) > 255)) return { ok: false, error: t('site_bad_ip', input) };
    return { ok: true, pattern: text };
  }
  const labels = text.split('.');
  if (!labels.every((label) => LABEL.test(label))) {
    return { ok: false, error: t('site_bad_chars', input) };
  }
  if (/^\d+$/.test(labels[labels.length - 1])) return { ok: false, error: t('site_bad_name', input) };
  return { ok: true, pattern: wildcard ? `*.${text}` : text };
}

/** The host a pattern covers, without the optional "*." */
const patternHost = (pattern: string) => (pattern.startsWith('*.') ? pattern.slice(2) : pattern);

/** True when `host` is the pattern's host or one of its subdomains. */
export function hostMatches(pattern: string, host: string): boolean {
  const parsed = parseSitePattern(pattern);
  if (!parsed.ok) return false;
  const base = patternHost(parsed.pattern);
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === base || h.endsWith('.' + base);
}

export function matchesAny(patterns: readonly string[], host: string): boolean {
  return patterns.some((pattern) => hostMatches(pattern, host));
}
