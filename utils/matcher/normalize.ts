/**
 * Character folding shared by the phrase compiler and the scanner.
 *
 * The scanner never builds a normalized copy of the page text: it folds characters on the fly while it
 * walks the phrase trie, so page text costs no allocation. The phrase side is normalized once, at
 * compile time, into the same alphabet, and spelling variants are expanded there (see variants.ts).
 *
 * Folding: lowercase without diacritics (NFKC, then marks stripped), Greek letters to their Latin
 * initial (β → b), every space, hyphen and dash to one separator ' '. Punctuation stays itself, so it
 * only matches where a phrase spells it ("5:2 diet", "NAD+"). Apostrophes and invisible formatting
 * characters (soft hyphen, zero-width space) fold to '' and are skipped ("Wharton's" = "Whartons").
 */

/** The separator every hyphen, dash, space and NBSP folds to. */
export const SEP = 32; // ' '

/** Folded code of each ASCII character; -1 = skipped (apostrophe). */
export const ASCII_FOLD = new Int16Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = c;
for (let c = 65; c <= 90; c++) ASCII_FOLD[c] = c + 32; // A-Z → a-z
for (const c of [32, 9, 10, 11, 12, 13, 45]) ASCII_FOLD[c] = SEP; // spaces, newlines, hyphen
ASCII_FOLD[39] = -1; // apostrophe

/** Greek letters used in biomedical names, folded to their Latin initial (IL-1β → il 1b). */
const GREEK: Record<string, string> = { α: 'a', β: 'b', γ: 'g', δ: 'd', κ: 'k', ϐ: 'b' };

const SEPARATOR_RE = /[\p{Zs}\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
const WORD_RE = /[\p{L}\p{N}]/u;
const MARK_RE = /\p{M}/gu;

/** Characters skipped inside a phrase: apostrophes and invisible formatting ("rejuve\u00adnation"). */
const SKIPPED_RE = /[\u00ad\u200b-\u200d\u2060\ufeff\u2018\u2019\u02bc]/;

const foldCache = new Map<number, string>();

/**
 * Folds one UTF-16 code unit. Returns '' for a skipped character, ' ' for a separator, otherwise
 * one or more folded characters ("ß" → "ss", "ﬁ" → "fi").
 */
export function foldCode(code: number): string {
  if (code < 128) {
    const f = ASCII_FOLD[code];
    return f < 0 ? '' : String.fromCharCode(f);
  }
  let folded = foldCache.get(code);
  if (folded === undefined) {
    folded = foldNonAscii(String.fromCharCode(code));
    foldCache.set(code, folded);
  }
  return folded;
}

function foldNonAscii(ch: string): string {
  if (GREEK[ch.toLowerCase()]) return GREEK[ch.toLowerCase()];
  if (SKIPPED_RE.test(ch)) return '';
  if (SEPARATOR_RE.test(ch)) return ' ';
  if (code0(ch) >= 0xd800 && code0(ch) <= 0xdfff) return ch; // surrogate half: never in a phrase
  // NFKC first (ﬁ → fi, full-width → ASCII), then strip diacritics via NFKD.
  const base = ch.normalize('NFKC').normalize('NFKD').replace(MARK_RE, '').toLowerCase();
  let out = '';
  for (const c of base) {
    const cc = c.charCodeAt(0);
    out += cc < 128 ? (ASCII_FOLD[cc] < 0 ? '' : String.fromCharCode(ASCII_FOLD[cc])) : c;
  }
  return out || ch;
}

const code0 = (ch: string) => ch.charCodeAt(0);

const wordCache = new Map<number, boolean>();

/** True for letters and digits of any script: the characters a word boundary may not split. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  }
  let word = wordCache.get(code);
  if (word === undefined) {
    // Lone surrogate halves belong to astral letters/emoji; treat them as word characters only
    // if the folded form is alphanumeric, which for halves it is not. Good enough for boundaries.
    word = WORD_RE.test(String.fromCharCode(code));
    wordCache.set(code, word);
  }
  return word;
}

/** Folds a whole string: used for phrases and context words, never for page text. */
export function foldText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldCode(text.charCodeAt(i));
  return out;
}

/** Text the first pass must read through stand-ins: an apostrophe or any non-ASCII character. */
export const NEEDS_FILTER_FOLD = /[^\x00-\x26\x28-\x7f]/;
