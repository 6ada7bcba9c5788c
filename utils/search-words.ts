/**
 * Words for the popup's lookup: the folding shared with the scanner, a word key without its plural
 * ending, the words that cannot make a hit on their own, and how many typos a word may carry.
 */
import { canonicalPhrase } from './matcher/variants';

/**
 * Words every other entry could contain: a query sharing only these with an entry ("ozempic aging"
 * and a title with "ageing") is not about that entry. They still count towards a match that also
 * shares a real word, and a query made only of them may match a phrase made of them.
 */
const GENERIC = new Set(
  (
    'a an and are as at be best buy by can cost do does for from get good how i in is it me my near of on or ' +
    'price review s the to use what when where which who why with vs versus work works ' +
    'aging age aged anti old older young younger youth longer life live lifespan reverse reversal ' +
    'therapy therapies treatment treat clinic center health healthy wellness benefit side effect risk safe ' +
    'safety study science evidence research cream serum supplement pill dose injection shot drug medication ' +
    'product skin face body cell natural new online test'
  ).split(' '),
);

/** Short words that carry meaning in this field ("IL 1", "NAD", "HGH" are longer; these are not generic). */
export const isGeneric = (key: string): boolean => GENERIC.has(key);

/** A folded word without its plural ending, as the scanner collides phrases ("clinics" → "clinic"). */
export function wordKey(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us') && !word.endsWith('is')) return word.slice(0, -1);
  return word;
}

/** The word keys of a text, folded like page text ("IL-1β" → il, 1, b; "ageing" → aging). */
export function wordKeys(text: string): string[] {
  const canonical = canonicalPhrase(text);
  const out: string[] = [];
  for (const w of canonical.split(' ')) {
    const clean = w.replace(/[^\p{L}\p{N}]/gu, ''); // "NAD+" is looked up as "NAD"
    if (clean) out.push(wordKey(clean));
  }
  return out;
}

/** How many typos a word of this length may carry and still be that word. */
export const typosAllowed = (length: number): number => (length >= 8 ? 2 : length >= 4 ? 1 : 0);

