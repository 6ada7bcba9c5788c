/**
 * What no phrase, context word or grammar part may be: something that would match almost anything.
 * Shared by the entry checks and the language checks.
 */
import { canonicalPhrase } from '../utils/matcher/variants';

/** Words too common to mean anything alone (a phrase made only of these matches everywhere). */
const STOP_WORDS = new Set(
  (
    'a an the and or but of in on at to for from by with without as is are was were be been it its this that these ' +
    'those your you our we us they their he she his her not no yes do does did can will may more most very so than ' +
    'then there here all any some one two new now just also only about into over under up down out off ' +
    // Spanish function words: Spanish phrases are listed too (README "Spanish pages").
    'de del la el los las lo un una unos unas y e o u con en para por sin no al se su sus es son que como mas muy'
  ).split(' '),
);

/** A reason the text is too broad to match on (or cannot be matched at all), or null. */
export function tooBroad(text: string): string | null {
  const canonical = canonicalPhrase(text.replace(/\*+\s*$/, ''));
  // The page's filter and scan know these characters only (utils/matcher/scan.ts PHRASE_CHAR).
  if (!/^[a-z0-9+: ]*$/.test(canonical)) {
    return `cannot be matched: only letters, digits, spaces, "+" and ":" count (it reads "${canonical}")`;
  }
  const letters = canonical.replace(/[^a-z0-9]/g, '');
  if (letters.length === 0) return 'has no letters or digits';
  if (letters.length < 2) return 'is a single character: it would match almost anything';
  const words = canonical.split(' ').filter(Boolean);
  if (words.every((w) => STOP_WORDS.has(w))) return 'is only stop words: it would match almost anything';
  if (/\*\s*$/.test(text) && letters.length < 3) return 'is too short a stem to take any ending';
  return null;
}
