/** Phrase ids → the phrase as its entry writes it (kept apart from compile.ts, which is build-time code). */
import type { Entry } from '../../data/schema';
import type { CompiledIndex } from './compile';

/** The position of a phrase among its entry's phrases (see PhraseMeta). */
export function phraseInEntry(index: CompiledIndex, phraseId: number): number {
  const entry = index.phrases[phraseId].entry;
  let first = phraseId;
  while (first > 0 && index.phrases[first - 1].entry === entry) first--;
  return phraseId - first;
}

/**
 * The text of a phrase as its entry writes it (its phrases, then its misspellings); null for a
 * claim-grammar part, whose words are the page's own.
 */
export const phraseText = (entry: Entry, position: number): string | null => {
  const phrase = [...entry.phrases, ...(entry.misspellings ?? [])][position];
  if (phrase === undefined) return null;
  return typeof phrase === 'string' ? phrase : phrase.text;
};
