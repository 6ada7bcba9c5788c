/**
 * The popup's lookup over titles and phrases (brand names, abbreviations and synonyms are phrases:
 * "Ozempic", "Kineret", "HSC").
 *
 * Words match exactly, as the start of the word being typed, with a typo or two ("anakinara",
 * "parabiossis": fuse.js judges typos, see search-vocabulary.ts), or written together ("stemcell").
 * A hit must either contain one of the entry's phrases whole or have every real word of the query;
 * words any entry could contain ("aging", "therapy", "clinic": search-words.ts) never make a hit on
 * their own, so "ozempic aging" cannot fall back to every entry about ageing. Each entry scores by how
 * much of the query one of its phrases covers and how much of that phrase the query covers, so a
 * general query finds the general entry first ("rapamycin" before "rapamycin online"). Hits below
 * MIN_SCORE, or far below the best hit, are dropped: an unrelated result is worse than none.
 * `related` finds, for the empty state, entries whose text has every real word of the query.
 *
 * Speed: each query word is looked up in the vocabulary (a map for the word itself; letter-pair
 * postings pick the few words fuse.js compares it with), then only the postings of matching words
 * are visited. fuse.js run over whole titles and phrases would compare the query with every one of
 * them on each keystroke, and could not tell which words matched: the rules above need that.
 */
import type { Entry } from '../data/schema';
import { categoryLabel } from '../components/labels';
import { isGeneric, wordKeys } from './search-words';
import { createVocabulary } from './search-vocabulary';

export interface SearchHit {
  entry: Entry;
  /** Relevance, 0–1, higher is better. */
  score: number;
  /** Where the query matched the title, for marking it in results: [start, end) pairs. */
  titleMatches: [number, number][];
  /** The phrase that matched, when the title did not. */
  phrase?: { text: string; ranges: [number, number][] };
}

export interface Search {
  (query: string, limit?: number): SearchHit[];
  /** Entries whose title, phrases, category or summary contain every real word of the query. */
  related(query: string, limit?: number): Entry[];
}

/**
 * Chosen on the labelled queries of tests/unit/search-queries.ts: the highest cut-off with the best
 * first-result precision and "nothing for none" share (the sweep is printed and checked by
 * tests/unit/search-quality.test.ts). The shared-word rule does most of the holding off.
 */
export const MIN_SCORE = 0.4;
/** A hit scoring under this share of the best hit is about something else ("altos labs" → other labs). */
export const RELATIVE_CUT = 0.7;

const MAX_QUERY_WORDS = 8;
const GENERIC_WEIGHT = 0.25;

interface Field {
  text: string;
  /** Word keys, in order. */
  words: string[];
  /** Bit per word that is not generic (all words when every one is). */
  realMask: number;
  /** The field's length for coverage: real words count 1, generic ones GENERIC_WEIGHT. */
  size: number;
}

interface Doc {
  entry: Entry;
  fields: Field[]; // [title, title's name, ...phrases]
}

/** What a query matched in one field: best quality per query word, field words covered, and marked. */
interface Slot {
  q: Float32Array;
  mask: number;
  /** Also the words only begun (the word being typed), for marking them. */
  shown: number;
}

/** A vocabulary key's occurrences: doc, field, and a mask of the field's words it covers. */
type Postings = number[];

const bits = (n: number): number => {
  let c = 0;
  for (let x = n; x; x &= x - 1) c++;
  return c;
};

/**
 * What a title names, before its explanation ("Altos Labs: a $3 billion bet…" → "Altos Labs"): a query
 * for the name covers all of it, as it would cover a phrase.
 */
const titleName = (title: string): string => title.split(/\s*[:(—–]|\s+-\s+/)[0].replace(/^['‘“"]|['’”"]$/g, '');

function toField(text: string): Field {
  const words = wordKeys(text).slice(0, 30);
  let realMask = 0;
  words.forEach((w, i) => {
    if (!isGeneric(w)) realMask |= 1 << i;
  });
  const all = (1 << words.length) - 1;
  if (!realMask) realMask = all;
  return { text, words, realMask, size: bits(realMask) + GENERIC_WEIGHT * bits(all & ~realMask) };
}

export function createSearch(entries: readonly Entry[], minScore = MIN_SCORE): Search {
  const docs: Doc[] = entries.map((entry) => ({
    entry,
    fields: [entry.title, titleName(entry.title), ...entry.phrases.map((p) => (typeof p === 'string' ? p : p.text))].map(toField),
  }));

  // Strong postings (titles and phrases), with words written together ("stem cell" → "stemcell").
  const postings = new Map<string, Postings>();
  const add = (key: string, doc: number, field: number, mask: number) => {
    const list = postings.get(key);
    if (list) list.push(doc, field, mask);
    else postings.set(key, [doc, field, mask]);
  };
  docs.forEach((doc, d) =>
    doc.fields.forEach((f, fi) => {
      const w = f.words;
      w.forEach((word, i) => add(word, d, fi, 1 << i));
      for (let i = 0; i + 1 < w.length; i++) add(w[i] + w[i + 1], d, fi, 3 << i);
      if (w.length >= 3 && w.length <= 4) add(w.join(''), d, fi, (1 << w.length) - 1);
    }),
  );
  const lookup = createVocabulary(postings.keys());

  // Loose postings for `related`: every word of an entry's text.
  const loose = new Map<string, Set<number>>();
  docs.forEach((doc, d) => {
    const text = [doc.entry.title, ...doc.fields.map((f) => f.text), categoryLabel(doc.entry.category), doc.entry.summary];
    for (const key of wordKeys(text.join(' '))) {
      const set = loose.get(key);
      if (set) set.add(d);
      else loose.set(key, new Set([d]));
    }
  });

  function search(query: string, limit = 8): SearchHit[] {
    const words = wordKeys(query).slice(0, MAX_QUERY_WORDS);
    if (!words.length || query.trim().length < 2) return [];
    const typing = !/\s$/.test(query); // the last word may be unfinished
    const n = words.length;
    // A single word still being typed is whatever it becomes ("an" → "anakinra"), not the article.
    const weight = words.map((w) => (isGeneric(w) && !(n === 1 && typing) ? GENERIC_WEIGHT : 1));
    const total = weight.reduce((a, b) => a + b, 0);
    const hasReal = weight.some((w) => w === 1);

    // Query units: each word, each pair and the whole query written together.
    const units: { key: string; qmask: number }[] = words.map((key, i) => ({ key, qmask: 1 << i }));
    for (let i = 0; i + 1 < n; i++) units.push({ key: words[i] + words[i + 1], qmask: 3 << i });
    if (n >= 3 && n <= 4) units.push({ key: words.join(''), qmask: (1 << n) - 1 });

    // Per doc and field: the best quality for each query word, and which field words were matched.
    const acc = new Map<number, Map<number, Slot>>();
    for (const unit of units) {
      const keys = new Map<string, number>();
      /** Keys that stand for more than the query typed ("stem" → "stemenhance"): they cover no word yet. */
      const partial = new Set<string>();
      if (postings.has(unit.key)) keys.set(unit.key, 1);
      // Words written together match only as written: a joined pair with one "typo" would be another
      // word ("vitamin c" → "vitamin d").
      if ((unit.qmask & (unit.qmask - 1)) === 0) {
        const opts = {
          // "near me": a generic word after others is finished, not the start of "Mexico".
          prefix: unit.qmask === 1 << (n - 1) && typing && unit.key.length >= 2 && (n === 1 || !isGeneric(unit.key)),
          typos: !isGeneric(unit.key),
        };
        for (const [key, m] of lookup(unit.key, opts)) {
          keys.set(key, m.quality);
          if (m.partial) partial.add(key);
        }
      }
      for (const [key, quality] of keys) {
        const list = postings.get(key)!;
        for (let p = 0; p < list.length; p += 3) {
          const d = list[p];
          const fi = list[p + 1];
          let fields = acc.get(d);
          if (!fields) acc.set(d, (fields = new Map()));
          let f = fields.get(fi);
          if (!f) fields.set(fi, (f = { q: new Float32Array(n), mask: 0, shown: 0 }));
          const mask = list[p + 2];
          if (partial.has(key)) f.shown |= mask & -mask;
          else f.mask |= mask;
          for (let i = 0; i < n; i++) if ((unit.qmask >> i) & 1 && f.q[i] < quality) f.q[i] = quality;
        }
      }
    }

    const scored: { doc: number; score: number; field: number; length: number }[] = [];
    for (const [d, fields] of acc) {
      const union = new Float32Array(n);
      let best = 0;
      let bestField = -1;
      let bestLength = Infinity;
      let fullField = false;
      for (const [fi, f] of fields) {
        const field = docs[d].fields[fi];
        let covered = 0;
        for (let i = 0; i < n; i++) {
          covered += weight[i] * f.q[i];
          if (f.q[i] > union[i]) union[i] = f.q[i];
        }
        const qcov = covered / total;
        const fcov = (bits(f.mask & field.realMask) + GENERIC_WEIGHT * bits(f.mask & ~field.realMask)) / field.size;
        const score = qcov * (0.7 + 0.3 * fcov);
        if (f.mask === (1 << field.words.length) - 1 && f.q.some((q, i) => q > 0 && (weight[i] === 1 || !hasReal))) fullField = true;
        // Equal scores: the shortest field, the one the query names most nearly ("Rapamycin").
        if (score > best || (score === best && field.words.length < bestLength)) [best, bestField, bestLength] = [score, fi, field.words.length];
      }
      // The shared-word rule: the query names one of the entry's phrases whole ("tirzepatide weight
      // loss" has "tirzepatide"), or the entry has every real word of the query ("stem ce", "altos labs").
      // One word in common is not enough: "keto diet" is not about "7-keto DHEA", nor "sea moss" about hair loss.
      const allReal = hasReal && words.every((_, i) => weight[i] !== 1 || union[i] > 0);
      if (!fullField && !allReal) continue;
      let ucov = 0;
      for (let i = 0; i < n; i++) ucov += weight[i] * union[i];
      // Naming a whole phrase of the entry counts too: "rapamycin longevity" is about "rapamycin" more
      // than about the clinics whose title has both words.
      scored.push({ doc: d, score: 0.7 * best + (0.15 * ucov) / total + (fullField ? 0.15 : 0), field: bestField, length: bestLength });
    }
    if (!scored.length) return [];
    // Equal scores: a match on the title first, then the shorter matched field and title (the general entry).
    scored.sort((a, b) => b.score - a.score || Number(b.field <= 1) - Number(a.field <= 1) || a.length - b.length || docs[a.doc].fields[0].words.length - docs[b.doc].fields[0].words.length || (docs[a.doc].entry.id < docs[b.doc].entry.id ? -1 : 1));
    const floor = Math.max(minScore, scored[0].score * RELATIVE_CUT);
    return scored
      .filter((s) => s.score >= floor)
      .slice(0, limit)
      .map((s) => toHit(docs[s.doc], s.field, acc.get(s.doc)!, s.score));
  }

  search.related = (query: string, limit = 3): Entry[] => {
    const real = [...new Set(wordKeys(query).filter((w) => !isGeneric(w) && w.length >= 3))];
    if (!real.length) return [];
    let found: number[] | null = null;
    for (const key of real) {
      const set = loose.get(key);
      if (!set) return [];
      found = found ? found.filter((d) => set.has(d)) : [...set];
    }
    return (found ?? []).slice(0, limit).map((d) => docs[d].entry);
  };

  return search;
}

function toHit(doc: Doc, bestField: number, fields: Map<number, Slot>, score: number): SearchHit {
  const title = fields.get(0);
  const phrase = bestField > 1 ? doc.fields[bestField] : undefined;
  return {
    entry: doc.entry,
    score,
    titleMatches: title ? wordRanges(doc.fields[0].text, title.mask | title.shown) : [],
    phrase: !title && phrase ? { text: phrase.text, ranges: ((f) => wordRanges(phrase.text, f.mask | f.shown))(fields.get(bestField)!) } : undefined,
  };
}

/** The [start, end) ranges in `text` of the words whose bits are set (by the words wordKeys finds). */
function wordRanges(text: string, mask: number): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}'’+]+/gu)) {
    const count = wordKeys(m[0]).length;
    let hit = false;
    for (let i = at; i < at + count; i++) if ((mask >> i) & 1) hit = true;
    if (hit) out.push([m.index!, m.index! + m[0].length]);
    at += count;
  }
  return out;
}
