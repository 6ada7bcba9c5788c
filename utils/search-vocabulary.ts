/**
 * Which words of the lookup's vocabulary a query word stands for: the words it begins (while it is
 * being typed) and the words it is a typo of. fuse.js judges the typos (its Bitap matcher, with a
 * threshold of the typos a word of that length may carry); this file only picks the few words worth
 * asking it about and applies the rules around its answer.
 *
 * Picking: a word within k typos of another shares all but at most 2k of its letter pairs (each typo
 * breaks at most two), so only vocabulary words sharing that many pairs with the query word, counted
 * from pair postings, go to fuse.js. That keeps a keystroke to a few dozen comparisons at any size.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import { typosAllowed } from './search-words';

export interface KeyMatch {
  /** 0–1: 1 is the word itself. */
  quality: number;
  /** The key is more than the word typed so far ("stem" → "stemenhance"): it covers no word yet. */
  partial: boolean;
}

export interface LookupOptions {
  /** The word may be unfinished: the keys it begins count, as partial matches. */
  prefix: boolean;
  /** The word may be misspelt. */
  typos: boolean;
}

/** Keys a word begins, at most, shortest first: a two-letter start covers enough. */
const MAX_PREFIX_KEYS = 200;

const FUSE_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  isCaseSensitive: true, // keys and query words are already folded
  shouldSort: false,
};

/** Letter pairs of a word, the first marked as the start ("^a", "ab", "bc"). */
function pairs(word: string): Set<string> {
  const out = new Set<string>();
  const marked = `^${word}`;
  for (let i = 0; i + 2 <= marked.length; i++) out.add(marked.slice(i, i + 2));
  return out;
}

export function createVocabulary(keys: Iterable<string>) {
  // Shortest first, so the prefix cap keeps the words nearest to what was typed.
  const list = [...new Set(keys)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const postings = new Map<string, number[]>();
  list.forEach((key, i) => {
    for (const pair of pairs(key)) {
      const ids = postings.get(pair);
      if (ids) ids.push(i);
      else postings.set(pair, [i]);
    }
  });
  const counts = new Uint16Array(list.length);

  /** Keys sharing at least `need` of these pairs, shortest first. */
  function sharing(wordPairs: Set<string>, need: number): string[] {
    const touched: number[] = [];
    for (const pair of wordPairs) for (const i of postings.get(pair) ?? []) if (counts[i]++ === 0) touched.push(i);
    const out: number[] = [];
    for (const i of touched) {
      if (counts[i] >= need) out.push(i);
      counts[i] = 0;
    }
    return out.sort((a, b) => a - b).map((i) => list[i]);
  }

  /** The keys (other than the word itself) that `word` stands for. */
  return function lookup(word: string, opts: LookupOptions): Map<string, KeyMatch> {
    const out = new Map<string, KeyMatch>();
    const n = word.length;
    // A wrong number is another thing ("IL-6" is not "IL-1"); three letters may have lost one
    // ("acd" → "acid") but not be another three-letter word ("and").
    const mayErr = opts.typos && !/\d/.test(word);
    const wholeTypos = mayErr ? (n === 3 ? 1 : typosAllowed(n)) : 0;
    const prefixTypos = mayErr && opts.prefix ? typosAllowed(n) : 0;
    if (!opts.prefix && !wholeTypos) return out;
    const typos = Math.max(wholeTypos, prefixTypos);
    const wordPairs = pairs(word);
    const fuzzy: string[] = [];
    let prefixes = 0;
    for (const key of sharing(wordPairs, Math.max(1, wordPairs.size - 2 * typos))) {
      if (key === word) continue;
      if (opts.prefix && key.length > n && key.startsWith(word)) {
        if (prefixes++ < MAX_PREFIX_KEYS) out.set(key, { quality: n >= 3 ? 0.9 : 0.7, partial: true });
      } else if (wholeLength(key, n, wholeTypos) || (prefixTypos && key.length > n)) fuzzy.push(key);
    }
    if (!fuzzy.length) return out;

    // Bitap's score is typos ÷ the pattern's length (location ignored), and Bitap finds the pattern
    // anywhere in the text: so the longer of the two words is the pattern, or "dye" would be a typo
    // of "dhea" (it is one of "dhe"). The threshold admits the typos allowed.
    const fuse = new Fuse(fuzzy, { ...FUSE_OPTIONS, threshold: typos / n });
    const longer = new Fuse([word], { ...FUSE_OPTIONS, threshold: 1 });
    for (const { item: key, score = 1, matches } of fuse.search(word)) {
      const start = matches?.[0]?.indices[0]?.[0] ?? 0;
      if (wholeLength(key, n, wholeTypos) && start <= 1) {
        const reverse = key.length > n ? longer.search(key)[0]?.score : score;
        const errors = reverse === undefined ? Infinity : Math.round(reverse * Math.max(n, key.length)); // fuse.js floors a perfect score at 0.001
        if (errors <= wholeTypos) {
          out.set(key, { quality: 1 - errors / Math.max(n, key.length), partial: false });
          continue;
        }
      }
      const errors = Math.round(score * n);
      if (prefixTypos && key.length > n && start === 0 && errors <= prefixTypos && prefixes++ < MAX_PREFIX_KEYS) {
        out.set(key, { quality: 0.9 * (1 - score), partial: true });
      }
    }
    return out;
  };
}

/** Whether a key is long enough, or short enough, to be the word with `typos` typos. */
function wholeLength(key: string, n: number, typos: number): boolean {
  if (!typos) return false;
  return n === 3 ? key.length === 4 : Math.abs(key.length - n) <= typos;
}
