/**
 * The popup's lookup: fuse.js over titles, phrases (with their spelling variants), categories and
 * summaries. A hit on a phrase or title ranks first; typos are tolerated ("anakinara", "stemcell",
 * "nicotinamide ribosid"); the query is folded like page text, so "IL1 beta" finds "IL-1β".
 */
import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Entry } from '../data/schema';
import { canonicalPhrase, expandVariants } from './matcher/variants';
import { CATEGORY_LABELS } from '../components/labels';

export interface SearchDoc {
  id: string;
  title: string;
  phrases: string[];
  /** Canonical forms and variants of the phrases ("il 1 b", "il 1 beta", "ageing"). */
  terms: string[];
  category: string;
  summary: string;
}

export interface SearchHit {
  entry: Entry;
  score: number;
  /** Where the query matched, for marking the matched text in results: [start, end] pairs. */
  titleMatches: [number, number][];
  /** The phrase that matched, when the title did not. */
  phrase?: { text: string; ranges: [number, number][] };
}

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: [
    { name: 'title', weight: 3 },
    { name: 'phrases', weight: 3 },
    { name: 'terms', weight: 2.5 },
    { name: 'category', weight: 1 },
    { name: 'summary', weight: 0.5 },
  ],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.38,
  minMatchCharLength: 2,
};

export function toSearchDoc(entry: Entry): SearchDoc {
  const phrases = entry.phrases.map((p) => (typeof p === 'string' ? p : p.text));
  const terms = new Set<string>();
  for (const p of phrases) {
    const canonical = canonicalPhrase(p);
    terms.add(canonical);
    terms.add(canonical.replace(/ /g, '')); // "stemcell"
    for (const v of expandVariants(canonical)) terms.add(v);
  }
  return {
    id: entry.id,
    title: entry.title,
    phrases,
    terms: [...terms],
    category: CATEGORY_LABELS[entry.category],
    summary: entry.summary,
  };
}

export function createSearch(entries: readonly Entry[]) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const fuse = new Fuse(entries.map(toSearchDoc), OPTIONS);

  return function search(query: string, limit = 8): SearchHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    // Search the reader's words and their folded form; keep each entry's best score.
    const folded = canonicalPhrase(q);
    const runs: FuseResult<SearchDoc>[][] = [fuse.search(q, { limit: limit * 2 })];
    if (folded && folded !== q.toLowerCase()) runs.push(fuse.search(folded, { limit: limit * 2 }));
    const best = new Map<string, FuseResult<SearchDoc>>();
    for (const run of runs) {
      for (const r of run) {
        const prior = best.get(r.item.id);
        if (!prior || (r.score ?? 1) < (prior.score ?? 1)) best.set(r.item.id, r);
      }
    }
    return [...best.values()]
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1))
      .slice(0, limit)
      .map((r) => toHit(r, byId.get(r.item.id)!));
  };
}

function toHit(result: FuseResult<SearchDoc>, entry: Entry): SearchHit {
  const matches = result.matches ?? [];
  const title = matches.find((m) => m.key === 'title');
  const phrase = matches.find((m) => m.key === 'phrases');
  return {
    entry,
    score: result.score ?? 1,
    titleMatches: (title?.indices ?? []).map(([s, e]) => [s, e + 1] as [number, number]),
    phrase:
      !title && phrase?.value
        ? { text: phrase.value, ranges: phrase.indices.map(([s, e]) => [s, e + 1] as [number, number]) }
        : undefined,
  };
}
