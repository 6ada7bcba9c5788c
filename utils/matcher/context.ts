/**
 * Sentence- and paragraph-level context: which context words (the `near` words of ambiguous phrases,
 * claim, stance and doubt language) occur in the sentence or paragraph around a match.
 * Uses the same trie walk as phrases, so there is no RegExp to compile in the page.
 */
import { endsWord, isSkipped, isWord, mayStartAt, valuesAt, walk, type Trie } from './trie';

const SENTENCE_LIMIT = 300;

const isSentenceEnd = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  if (c === 0x2029) return true; // a block boundary (blocks.ts)
  // A blank line ends a paragraph in plain text; a single newline is just a wrapped line.
  if (c === 10) return text.charCodeAt(i + 1) === 10 || (text.charCodeAt(i + 1) === 13 && text.charCodeAt(i + 2) === 10);
  if (c !== 46 && c !== 33 && c !== 63) return false; // . ! ?
  const next = text.charCodeAt(i + 1);
  return next !== next || next === 32 || next === 10 || next === 9 || next === 160;
};

/** From [start, end) out to the nearest ends (`isEnd`) on both sides, at most `reach` chars each way. */
function spanAround(text: string, start: number, end: number, reach: number, isEnd: (text: string, i: number) => boolean): [number, number] {
  let from = start;
  const minFrom = Math.max(0, start - reach);
  while (from > minFrom && !isEnd(text, from - 1)) from--;
  let to = end;
  const maxTo = Math.min(text.length, end + reach);
  while (to < maxTo && !isEnd(text, to)) to++;
  return [from, to];
}

/** The sentence around [start, end): from the previous sentence end to the next, at most ~300 chars each way. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const [from, to] = spanAround(text, start, end, SENTENCE_LIMIT, isSentenceEnd);
  return [from, Math.min(text.length, to + 1)];
}

/** How far the paragraph around a match is read for an ambiguous phrase's context, each way. */
export const PARAGRAPH_REACH = 600;

const isParagraphEnd = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c === 0x2029 || (c === 10 && (text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13));
};

/** The paragraph around [start, end): to the nearest block boundary or blank line, at most ~600 chars each way. */
export const paragraphAround = (text: string, start: number, end: number): [number, number] =>
  spanAround(text, start, end, PARAGRAPH_REACH, isParagraphEnd);

export interface ContextHit {
  word: number;
  start: number;
  end: number;
}

/** Every context word in text[from, to), with its span. `open[id]` marks words that take any ending. */
export function contextWordsIn(trie: Trie, open: Uint8Array, text: string, from: number, to: number): ContextHit[] {
  const hits: ContextHit[] = [];
  const nodes: number[] = [];
  const ends: number[] = [];
  let before = from - 1;
  while (before >= 0 && isSkipped(text.charCodeAt(before))) before--;
  let prevWord = before >= 0 && isWord(text.charCodeAt(before));
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!isWord(c)) {
      if (!isSkipped(c)) prevWord = false;
      continue;
    }
    if (prevWord) continue;
    prevWord = true;
    if (!mayStartAt(trie, text, i)) continue;
    walk(trie, text, i, to, nodes, ends);
    for (let k = 0; k < nodes.length; k++) {
      const wordEnds = endsWord(text, ends[k]);
      for (const word of valuesAt(trie, nodes[k])) {
        if (open[word] || wordEnds) hits.push({ word, start: i, end: ends[k] });
      }
    }
  }
  return hits;
}
