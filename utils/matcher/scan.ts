/**
 * The scanner: raw text in, matches (character offsets into that same raw text) out. No DOM.
 *
 * At each word start it walks the compiled trie (trie.ts). The longest phrase that ends on a word
 * boundary and passes its checks (letter case for acronyms, a `near` word in the same sentence) wins;
 * matches never overlap. Each match's sentence is then read once for claim and debunking language.
 */
import type { CompiledIndex } from './compile';
import { ASCII_WORD, child, endsWord, isGlue, isSkipped, isWord, mayStartAt, unpackTrie, walk } from './trie';
import { ASCII_FOLD, SEP } from './normalize';
import { contextWordsIn, sentenceAround, type ContextHit } from './context';

export type MatchKind = 'claim' | 'mention';

export interface Match {
  /** Index into index.entries. */
  entry: number;
  /** Index into index.phrases. */
  phrase: number;
  start: number;
  end: number;
  /** Claim language in the same sentence (or a marketing phrase itself) makes it a claim. */
  kind: MatchKind;
  /** The sentence doubts or debunks it ("there is no evidence that …"). */
  debunked: boolean;
}

export const enum MayMatch {
  No = 0,
  Yes = 1,
  Continues = 2,
}

export interface Matcher {
  readonly index: CompiledIndex;
  /**
   * Appends the matches in `text` to `out` (and returns it), in text order. `from`/`to` limit the
   * word starts considered, so a huge text can be scanned in slices (a match may run past `to`).
   */
  scan(text: string, out?: Match[], from?: number, to?: number): Match[];
  /**
   * A cheap first look at one piece of text (a single text node): could a phrase be in it? False for
   * almost all text, which then needs no block at all. CONTINUES means "only if the next piece goes on
   * with a word": the text ended inside a word that could begin a phrase ("<b>s</b>tem cell").
   */
  mayMatch(text: string): MayMatch;
}

const flags = (size: number, ids: readonly number[]) => {
  const out = new Uint8Array(size);
  for (const id of ids) out[id] = 1;
  return out;
};

export function createMatcher(index: CompiledIndex): Matcher {
  // Unpacked on the first text that passes the prefilter: most pages never need the trie at all.
  let trieUnpacked: ReturnType<typeof unpackTrie> | null = null;
  const phraseTrie = () => (trieUnpacked ??= unpackTrie(index.trie));
  const prefilter = new RegExp(index.prefilter, 'i');
  // Context words are needed only around a match: most pages never unpack them.
  let contextTrie: ReturnType<typeof unpackTrie> | null = null;
  const context = () => (contextTrie ??= unpackTrie(index.context.trie));
  const wordCount = index.context.count;
  const open = flags(wordCount, index.context.open);
  const claimWord = flags(wordCount, index.context.claim);
  const debunkWord = flags(wordCount, index.context.debunk);
  const alwaysClaim = index.entries.map((e) => e.category === 'marketing');

  // The sentence last read for context, and what it holds (pages have few matches per sentence).
  let sentenceText = '';
  let sentenceFrom = -1;
  let sentenceTo = -1;
  let sentenceHits: ContextHit[] = [];

  function hitsAround(text: string, start: number, end: number): ContextHit[] {
    if (text !== sentenceText || start < sentenceFrom || end > sentenceTo) {
      [sentenceFrom, sentenceTo] = sentenceAround(text, start, end);
      sentenceText = text;
      sentenceHits = contextWordsIn(context(), open, text, sentenceFrom, sentenceTo);
    }
    return sentenceHits;
  }

  function passes(text: string, phraseId: number, start: number, end: number): boolean {
    const phrase = index.phrases[phraseId];
    if (phrase.caseLetters !== undefined) {
      // NFKC so full-width "ＮＭＮ" keeps its case; a plural "s" may follow the acronym.
      const letters = text.slice(start, end).normalize('NFKC').replace(/[^A-Za-z]/g, '');
      if (letters.slice(0, phrase.caseLetters.length) !== phrase.caseLetters) return false;
    }
    if (phrase.near) {
      // A context word must stand outside the phrase itself ("aging" inside "anti-aging" does not count).
      const near = phrase.near;
      return hitsAround(text, start, end).some((h) => (h.end <= start || h.start >= end) && near.includes(h.word));
    }
    return true;
  }

  const nodes: number[] = [];
  const ends: number[] = [];

  /** The accepted phrase starting at word start `i`, longest first, or -1. Sets acceptedEnd. */
  let acceptedEnd = 0;
  function accept(text: string, i: number): number {
    const trie = phraseTrie();
    walk(trie, text, i, text.length, nodes, ends);
    for (let c = nodes.length - 1; c >= 0; c--) {
      if (!endsWord(text, ends[c])) continue;
      for (const phrase of trie.terminal[nodes[c]]!) {
        if (passes(text, phrase, i, ends[c])) {
          acceptedEnd = ends[c];
          return phrase;
        }
      }
    }
    return -1;
  }

  function scan(text: string, out: Match[] = [], from = 0, to = text.length): Match[] {
    const trie = phraseTrie();
    const n = Math.min(to, text.length);
    // As in the loop below, skipped characters (soft hyphen, apostrophe) do not end the word before `from`.
    let before = from - 1;
    while (before >= 0 && isSkipped(text.charCodeAt(before))) before--;
    let prevWord = before >= 0 && isWord(text.charCodeAt(before));
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      // Inlined isWord / isSkipped for ASCII: this loop runs over every character of the page.
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWord(c)) {
        if (c < 128 ? ASCII_FOLD[c] !== -1 : !isSkipped(c)) prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      if (!mayStartAt(trie, text, i)) continue;
      if (i >= 2 && isGlue(text.charCodeAt(i - 1)) && isWord(text.charCodeAt(i - 2))) continue;
      const phrase = accept(text, i);
      if (phrase < 0) continue;
      const entry = index.phrases[phrase].entry;
      // A possessive belongs to the sentence, not the phrase ("Kineret's label").
      const end = /['\u2019]s$/.test(text.slice(acceptedEnd - 2, acceptedEnd)) ? acceptedEnd - 2 : acceptedEnd;
      const hits = hitsAround(text, i, end);
      out.push({
        entry,
        phrase,
        start: i,
        end,
        kind: alwaysClaim[entry] || hits.some((h) => claimWord[h.word] === 1) ? 'claim' : 'mention',
        debunked: hits.some((h) => debunkWord[h.word] === 1),
      });
      i = acceptedEnd - 1;
    }
    return out;
  }

  function mayMatch(text: string): MayMatch {
    if (!prefilter.test(text)) return MayMatch.No;
    const trie = phraseTrie();
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      // Inlined isWord / isSkipped for ASCII: this loop runs over every character of the page.
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWord(c)) {
        if (c < 128 ? ASCII_FOLD[c] !== -1 : !isSkipped(c)) prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      if (!mayStartAt(trie, text, i)) continue;
      const ranOut = walk(trie, text, i, n, nodes, ends);
      if (nodes.length) return MayMatch.Yes;
      if (ranOut < 0) continue;
      // The text ended while a phrase could go on: after a separator or a complete first word
      // ("stem" + " cell" in the next node), or inside a word ("s" + "tem cell").
      if (ASCII_FOLD[text.charCodeAt(n - 1)] === SEP || child(trie, ranOut, SEP) >= 0) return MayMatch.Yes;
      return MayMatch.Continues;
    }
    return MayMatch.No;
  }

  return { index, scan, mayMatch };
}
