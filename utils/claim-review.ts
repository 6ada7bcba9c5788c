/**
 * Fact-checks a page already carries: schema.org ClaimReview markup (JSON-LD or microdata, as read by
 * utils/page/claim-review-markup.ts), parsed here in the popup. Pages are not trusted: a script that is
 * not JSON, is huge or deeply nested, has fields of the wrong type or carries markup in its strings
 * yields only bounded plain strings or nothing, and never throws. Nothing is fetched.
 */
import type { Entry } from '../data/schema';

export interface FactCheck {
  claim: string;
  rating: string;
  reviewer: string;
  /** ISO date (YYYY-MM-DD) when the markup gives a valid one. */
  date: string;
  /** The fact-check's own address, when it is an http(s) URL. */
  url: string;
}

export const LIMITS = { depth: 12, nodes: 5_000, checks: 5, text: 300 };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** A plain, bounded string from a value that should be text (a string, or the first of a list). */
function text(value: unknown): string {
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string' && typeof first !== 'number') return '';
  const clean = String(first).replace(/\s+/g, ' ').trim();
  return clean.length > LIMITS.text ? clean.slice(0, LIMITS.text - 1) + '…' : clean;
}

/** A name from a string, or from an object's "name" (schema.org Person/Organization). */
const nameOf = (value: unknown): string => {
  const first = Array.isArray(value) ? value[0] : value;
  return isRecord(first) ? text(first.name) : text(first);
};

const isoDate = (value: unknown): string => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text(value));
  if (!m) return '';
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== m[0] ? '' : m[0];
};

const httpUrl = (value: unknown): string => {
  const raw = text(value);
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
};

const isClaimReview = (node: Record<string, unknown>) => {
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /(^|[/:])ClaimReview$/.test(t));
};

function ratingOf(rating: unknown): string {
  const r = Array.isArray(rating) ? rating[0] : rating;
  if (!isRecord(r)) return text(r);
  const named = text(r.alternateName) || text(r.name);
  if (named) return named;
  const value = text(r.ratingValue);
  const best = text(r.bestRating);
  return value ? (best ? `${value} of ${best}` : value) : '';
}

function fromNode(node: Record<string, unknown>): FactCheck | null {
  const reviewed = isRecord(node.itemReviewed) ? node.itemReviewed : {};
  const check: FactCheck = {
    claim: text(node.claimReviewed) || text(reviewed.text) || text(reviewed.name),
    rating: ratingOf(node.reviewRating),
    reviewer: nameOf(node.author) || nameOf(node.publisher),
    date: isoDate(node.datePublished),
    url: httpUrl(node.url),
  };
  return check.claim && check.rating ? check : null;
}

/** Every ClaimReview in one JSON-LD script's text, walking at most LIMITS.nodes nodes LIMITS.depth deep. */
export function fromJsonLd(source: string): FactCheck[] {
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch {
    return [];
  }
  const found: FactCheck[] = [];
  let budget = LIMITS.nodes;
  const walk = (value: unknown, depth: number) => {
    if (depth > LIMITS.depth || --budget < 0 || found.length >= LIMITS.checks) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    if (isClaimReview(value)) {
      const check = fromNode(value);
      if (check) found.push(check);
      return;
    }
    for (const key of Object.keys(value)) if (key === '@graph' || isRecord(value[key]) || Array.isArray(value[key])) walk(value[key], depth + 1);
  };
  walk(data, 0);
  return found;
}

/** One microdata ClaimReview item, from its (property path, value) pairs. */
export function fromMicrodata(pairs: readonly (readonly [string, string])[]): FactCheck | null {
  const node: Record<string, unknown> = {};
  for (const [path, value] of pairs.slice(0, 200)) {
    const keys = path.split('.').slice(0, 4);
    let at = node;
    keys.forEach((key, i) => {
      if (key === '__proto__' || key === 'constructor' || key === 'prototype') return;
      if (i === keys.length - 1) {
        if (!(key in at)) at[key] = value;
      } else {
        if (!isRecord(at[key])) at[key] = Object.create(null);
        at = at[key] as Record<string, unknown>;
      }
    });
  }
  return fromNode(node);
}

export function readFactChecks(markup: { jsonld: readonly string[]; microdata: readonly (readonly (readonly [string, string])[])[] } | undefined): FactCheck[] {
  if (!markup) return [];
  const all = [...markup.jsonld.flatMap(fromJsonLd), ...markup.microdata.map(fromMicrodata).filter((c): c is FactCheck => !!c)];
  const seen = new Set<string>();
  return all.filter((c) => !seen.has(c.claim) && !!seen.add(c.claim)).slice(0, LIMITS.checks);
}

/**
 * The entry to link a claim to: of the entries' phrases found in it as whole words, the one that starts
 * first (a claim names its subject early: "NMN supplements reverse aging"), the longest on a tie.
 */
export function matchingEntry(claim: string, entries: readonly Entry[]): Entry | null {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}+]+/gu, ' ').trim();
  const hay = ` ${fold(claim)} `;
  let best: Entry | null = null;
  let bestAt = Infinity;
  let bestLength = 0;
  for (const entry of entries) {
    for (const p of entry.phrases) {
      const phrase = fold(typeof p === 'string' ? p : p.text);
      const at = phrase ? hay.indexOf(` ${phrase} `) : -1;
      if (at >= 0 && (at < bestAt || (at === bestAt && phrase.length > bestLength))) {
        best = entry;
        bestAt = at;
        bestLength = phrase.length;
      }
    }
  }
  return best;
}
