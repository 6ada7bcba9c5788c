/**
 * The scanner: raw text in, matches (character offsets into that same raw text) out. No DOM.
 *
 * At each word start it walks the compiled trie, folding characters on the fly (normalize.ts). The
 * walk allows a separator run wherever the trie has a ' ' edge, and an implicit one where letters meet
 * digits ("IL1" = "IL-1"). The longest phrase that ends on a word boundary and passes its checks (case,
 * `near` words in the same sentence) wins; matches never overlap.
 */
import { unpackTrie, type CompiledIndex } from './compile';
import { ASCII_FOLD, SEP, foldCode, isWordCode } from './normalize';
import { compileContext, contextPattern, sentenceAround } from './context';

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

export interface Matcher {
  readonly index: CompiledIndex;
  /**
   * Appends the matches in `text` to `out` (and returns it), in text order. `from`/`to` limit the
   * word starts considered, so a huge text can be scanned in slices (a match may run past `to`).
   */
  scan(text: string, out?: Match[], from?: number, to?: number): Match[];
}

const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCode(c) ? 1 : 0;
const isWord = (c: number) => (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c));
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** Characters that glue tokens together in URLs, base64 and identifiers ("…/HGH/…", "x_HGH"). */
const isGlue = (c: number) => c === 47 || c === 43 || c === 61 || c === 95 || c === 92;

export function createMatcher(index: CompiledIndex): Matcher {
  const { edgeStart, edgeChar, edgeTarget, terminal } = unpackTrie(index.trie);

  // Root transitions are looked up once per word on the page: a direct table for ASCII.
  const rootTable = new Int32Array(128).fill(-1);
  for (let e = edgeStart[0]; e < edgeStart[1]; e++) if (edgeChar[e] < 128) rootTable[edgeChar[e]] = edgeTarget[e];

  // Context RegExps are built on first use: most pages never need most of them.
  const near: (RegExp | undefined)[] = new Array(index.phrases.length);
  const nearOf = (id: number) => {
    const words = index.phrases[id].near;
    return words ? (near[id] ??= compileContext(contextPattern(words))) : null;
  };
  let cueRes: [RegExp, RegExp] | null = null;
  const cues = () =>
    (cueRes ??= [compileContext(contextPattern(index.cues.claim)), compileContext(contextPattern(index.cues.debunk))]);
  const alwaysClaim = index.entries.map((e) => e.category === 'marketing');

  function child(node: number, code: number): number {
    if (node === 0 && code < 128) return rootTable[code];
    for (let e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
      const c = edgeChar[e];
      if (c === code) return edgeTarget[e];
      if (c > code) return -1;
    }
    return -1;
  }

  /** A match may end at `j` if the next visible character does not continue a word or a token. */
  function endsWord(text: string, j: number): boolean {
    let k = j;
    while (k < text.length && foldCode(text.charCodeAt(k)) === '') k++; // skipped chars (’, soft hyphen)
    if (k >= text.length) return true;
    const c = text.charCodeAt(k);
    if (isWord(c)) return false;
    return !(isGlue(c) && k + 1 < text.length && isWord(text.charCodeAt(k + 1)));
  }

  function passes(text: string, phraseId: number, start: number, end: number): boolean {
    const phrase = index.phrases[phraseId];
    if (phrase.caseLetters !== undefined) {
      // NFKC so full-width "ＮＭＮ" keeps its case; a plural "s" may follow the acronym.
      const letters = text.slice(start, end).normalize('NFKC').replace(/[^A-Za-z]/g, '');
      if (letters.slice(0, phrase.caseLetters.length) !== phrase.caseLetters) return false;
    }
    const re = nearOf(phraseId);
    if (re) {
      const [from, to] = sentenceAround(text, start, end);
      // The phrase itself must not count as its own context ("aging" near "anti-aging").
      if (!re.test(text.slice(from, start) + ' \u0000 ' + text.slice(end, to))) return false;
    }
    return true;
  }

  // Candidate ends found during one walk (reused; a walk is at most a phrase long).
  const candNode: number[] = [];
  const candEnd: number[] = [];

  /** Walks from word start `i`; returns the accepted match or null. */
  function walk(text: string, i: number): { phrase: number; end: number } | null {
    const n = text.length;
    let node = 0;
    let j = i;
    let prevDigit = -1; // class of the last folded letter/digit: 1 digit, 0 letter, -1 none
    candNode.length = 0;
    candEnd.length = 0;
    while (j < n) {
      const code = text.charCodeAt(j);
      let folded: number;
      let foldedStr: string | null = null;
      if (code < 128) folded = ASCII_FOLD[code];
      else {
        foldedStr = foldCode(code);
        folded = foldedStr.length === 0 ? -1 : foldedStr.length === 1 ? foldedStr.charCodeAt(0) : -2;
      }
      if (folded === -1) {
        j++; // skipped character
        continue;
      }
      if (folded === SEP) {
        node = child(node, SEP);
        if (node < 0) break;
        // One separator edge stands for the whole run of separators.
        j++;
        while (j < n) {
          const c = text.charCodeAt(j);
          const f = c < 128 ? ASCII_FOLD[c] : foldCode(c) === ' ' ? SEP : foldCode(c) === '' ? -1 : 0;
          if (f !== SEP && f !== -1) break;
          j++;
        }
        prevDigit = -1;
        continue;
      }
      const chars = foldedStr !== null && folded === -2 ? foldedStr : null;
      const count = chars ? chars.length : 1;
      let ok = true;
      for (let k = 0; k < count; k++) {
        const fc = chars ? chars.charCodeAt(k) : folded;
        const digit = isDigitCode(fc) ? 1 : isWord(fc) ? 0 : -1;
        if (prevDigit >= 0 && digit >= 0 && digit !== prevDigit) {
          // Letters meeting digits: the phrase has a separator here ("il 1 b").
          node = child(node, SEP);
          if (node < 0) {
            ok = false;
            break;
          }
        }
        node = child(node, fc);
        if (node < 0) {
          ok = false;
          break;
        }
        prevDigit = digit;
      }
      if (!ok) break;
      j++;
      if (terminal[node] !== undefined && endsWord(text, j)) {
        candNode.push(node);
        candEnd.push(j);
      }
    }
    // Longest first; within one node, the first phrase whose checks pass.
    for (let c = candNode.length - 1; c >= 0; c--) {
      for (const phrase of terminal[candNode[c]]!) {
        if (passes(text, phrase, i, candEnd[c])) return { phrase, end: candEnd[c] };
      }
    }
    return null;
  }

  function scan(text: string, out: Match[] = [], from = 0, to = text.length): Match[] {
    const n = Math.min(to, text.length);
    // As in the loop below, skipped characters (soft hyphen, apostrophe) do not end the word before `from`.
    let before = from - 1;
    while (before >= 0 && foldCode(text.charCodeAt(before)) === '') before--;
    let prevWord = before >= 0 && isWord(text.charCodeAt(before));
    let sentenceFrom = -1;
    let sentenceTo = -1;
    let claim = false;
    let debunked = false;
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      if (!isWord(c)) {
        // Skipped characters (soft hyphen, apostrophe) do not end a word.
        if (c < 128 ? ASCII_FOLD[c] !== -1 : foldCode(c) !== '') prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      if (i >= 2 && isGlue(text.charCodeAt(i - 1)) && isWord(text.charCodeAt(i - 2))) continue;
      const found = walk(text, i);
      if (!found) continue;
      if (i >= sentenceTo) {
        [sentenceFrom, sentenceTo] = sentenceAround(text, i, found.end);
        const sentence = text.slice(sentenceFrom, sentenceTo);
        const [claimRe, debunkRe] = cues();
        claim = claimRe.test(sentence);
        debunked = debunkRe.test(sentence);
      }
      const entry = index.phrases[found.phrase].entry;
      // A possessive belongs to the sentence, not the phrase ("Kineret's label").
      const end = /['\u2019]s$/.test(text.slice(found.end - 2, found.end)) ? found.end - 2 : found.end;
      out.push({
        entry,
        phrase: found.phrase,
        start: i,
        end,
        kind: claim || alwaysClaim[entry] ? 'claim' : 'mention',
        debunked,
      });
      i = found.end - 1;
    }
    return out;
  }

  return { index, scan };
}
