/**
 * The popup's lookup: fuse.js over titles, phrases (with their folded spellings), categories and
 * summaries. A hit on a phrase or title ranks first; typos are tolerated ("anakinara", "stemcell",
 * "nicotinamide ribosid"); the query is folded like page text, so "IL1 beta" finds "IL-1β".
 *
 * fuse.js compares the query with every string of every entry: ~3 ms a keystroke for the shipped base
 * and ~0.9 s at 10,000 entries. So a trigram index first picks the entries sharing enough three-letter
 * pieces with the query (at most a few hundred), and fuse.js ranks only those, reusing its index
 * records (no re-indexing per keystroke). Queries too short for trigrams go to fuse.js directly.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { Entry } from '../data/schema';
import { canonicalPhrase } from './matcher/variants';
import { CATEGORY_LABELS } from '../components/labels';

export interface SearchDoc {
  id: string;
  title: string;
  phrases: string[];
  /** Folded phrases, with and without spaces ("il 1 b", "stemcell"). */
  terms: string[];
  category: string;
  summary: string;
}

export interface SearchHit {
  entry: Entry;
  score: number;
  /** Where the query matched the title, for marking it in results: [start, end) pairs. */
  titleMatches: [number, number][];
  /** The phrase that matched, when the title did not. */
  phrase?: { text: string; ranges: [number, number][] };
}

const KEYS = [
  { name: 'title', weight: 3 },
  { name: 'phrases', weight: 3 },
  { name: 'terms', weight: 2.5 },
  { name: 'category', weight: 1 },
  { name: 'summary', weight: 0.5 },
];

const OPTIONS: IFuseOptions<SearchDoc> = {
  keys: KEYS,
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  threshold: 0.38,
  minMatchCharLength: 2,
};

const MAX_CANDIDATES = 200;

export function toSearchDoc(entry: Entry): SearchDoc {
  const phrases = entry.phrases.map((p) => (typeof p === 'string' ? p : p.text));
  const terms = new Set<string>();
  for (const p of phrases) {
    const canonical = canonicalPhrase(p);
    terms.add(canonical);
    terms.add(canonical.replace(/ /g, '')); // "stemcell"
  }
  return { id: entry.id, title: entry.title, phrases, terms: [...terms], category: CATEGORY_LABELS[entry.category], summary: entry.summary };
}

const trigrams = (text: string): Set<string> => {
  const folded = canonicalPhrase(text).replace(/ /g, '');
  const out = new Set<string>();
  for (let i = 0; i + 3 <= folded.length; i++) out.add(folded.slice(i, i + 3));
  return out;
};

/** The first two letters of each word: what a two-letter query can only mean. */
const wordStarts = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const word of canonicalPhrase(text).split(' ')) if (word.length >= 2) out.add(`^${word.slice(0, 2)}`);
  return out;
};

/** Postings: for each trigram (and each word's first two letters), the documents containing it. */
function trigramIndex(docs: SearchDoc[]): Map<string, Int32Array> {
  const lists = new Map<string, number[]>();
  docs.forEach((doc, i) => {
    const grams = new Set<string>();
    for (const text of [doc.title, ...doc.phrases, doc.summary]) for (const g of trigrams(text)) grams.add(g);
    for (const text of [doc.title, ...doc.phrases]) for (const g of wordStarts(text)) grams.add(g);
    for (const g of grams) {
      const list = lists.get(g);
      if (list) list.push(i);
      else lists.set(g, [i]);
    }
  });
  return new Map([...lists].map(([g, list]) => [g, Int32Array.from(list)]));
}

export function createSearch(entries: readonly Entry[]) {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const docs = entries.map(toSearchDoc);
  const fuseIndex = Fuse.createIndex(KEYS, docs);
  const everything = new Fuse(docs, OPTIONS, fuseIndex);
  const postings = trigramIndex(docs);
  const records = (fuseIndex as FuseIndex<SearchDoc>).toJSON().records;
  const counts = new Uint16Array(docs.length);

  /** The entries sharing the most trigrams with the query (at least a third of them). */
  function candidates(query: string): number[] | null {
    let grams = trigrams(query);
    if (grams.size === 0) grams = wordStarts(query); // two letters: words starting with them
    if (grams.size === 0) return null;
    counts.fill(0);
    const touched: number[] = [];
    for (const g of grams) {
      const list = postings.get(g);
      if (!list) continue;
      for (const doc of list) if (counts[doc]++ === 0) touched.push(doc);
    }
    const need = Math.max(1, Math.ceil(grams.size / 3));
    return touched
      .filter((d) => counts[d] >= need)
      .sort((a, b) => counts[b] - counts[a])
      .slice(0, MAX_CANDIDATES);
  }

  return function search(query: string, limit = 8): SearchHit[] {
    const q = query.trim();
    if (q.length < 2) return [];
    // The folded query matches the folded phrases; the raw one matches titles as written.
    const folded = canonicalPhrase(q) || q.toLowerCase();
    let fuse = everything;
    const picked = candidates(q);
    if (picked) {
      if (!picked.length) return [];
      const subset = picked.map((d, j) => ({ ...records[d], i: j }));
      fuse = new Fuse(picked.map((d) => docs[d]), OPTIONS, Fuse.parseIndex({ keys: fuseIndex.keys, records: subset }));
    }
    return fuse
      .search(folded, { limit })
      .map((r) => toHit(r, byId.get(r.item.id)!));
  };
}

function toHit(result: FuseResult<SearchDoc>, entry: Entry): SearchHit {
  const matches = result.matches ?? [];
  const title = matches.find((m) => m.key === 'title');
  const phrase = matches.find((m) => m.key === 'phrases') ?? matches.find((m) => m.key === 'terms');
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
