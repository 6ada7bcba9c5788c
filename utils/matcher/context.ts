/**
 * Sentence-level context: the `near` words of ambiguous phrases, claim language ("reverses aging")
 * and debunking language ("no evidence"). These run only on the sentence around a match, so a RegExp
 * (built once) is cheap and keeps the word lists readable.
 */
import { canonicalPhrase, expandVariants } from './variants';

const SEPARATORS = '[\\s\\u00a0\\-\\u2010-\\u2015]*';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * RegExp source (flags "iu") matching any of the words. A trailing `*` accepts any ending
 * ("rejuvenat*"); otherwise the word must end at a word boundary (plurals and British spellings
 * are accepted as in phrases).
 */
export function contextPattern(words: readonly string[]): string {
  const alternatives = new Set<string>();
  for (const word of words) {
    const open = word.trim().endsWith('*');
    const canonical = canonicalPhrase(word.replace(/\*+\s*$/, ''));
    if (!canonical) continue;
    const forms = open ? [canonical, ...expandVariants(canonical).filter((f) => f !== canonical)] : expandVariants(canonical);
    for (const form of forms) {
      const body = form.split(' ').map(escape).join(SEPARATORS);
      alternatives.add(open ? `${body}[\\p{L}\\p{N}]*` : `${body}(?![\\p{L}\\p{N}])`);
    }
  }
  // Longest first, so alternation prefers "bone marrow" over "bone".
  const sorted = [...alternatives].sort((a, b) => b.length - a.length);
  return `(?<![\\p{L}\\p{N}])(?:${sorted.join('|')})`;
}

export const compileContext = (source: string) => new RegExp(source, 'iu');

const SENTENCE_LIMIT = 300;

const isSentenceEnd = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c === 0x2029) return true; // a block boundary (blocks.ts)
  // A blank line ends a paragraph in plain text; a single newline is just a wrapped line.
  if (c === 10) return text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10);
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  const next = text.charCodeAt(i + 1);
  return Number.isNaN(next) || next === 32 || next === 10 || next === 9 || next === 160;
};

/** The sentence around [start, end): from the previous sentence end to the next, at most ~300 chars each way. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - SENTENCE_LIMIT);
  while (from > minFrom && !isSentenceEnd(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + SENTENCE_LIMIT);
  while (to < maxTo && !isSentenceEnd(text, to)) to++;
  return [from, Math.min(text.length, to + 1)];
}
