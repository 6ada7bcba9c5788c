/**
 * How a sentence speaks about what it names: it promotes it (a claim), reports someone else's claim,
 * doubts it, or just mentions it. Read from the context words of the sentence (data/stance.json and
 * data/cues.json, compiled into the context trie), once per matched sentence, never per page word.
 *
 * Order of the rules:
 * 1. Doubt wins ("there is no evidence it reverses aging"): a doubt word, or a negator with an evidence,
 *    approval or benefit word close after it. A doubt before the match counts only while it speaks of
 *    the match: not inside an aside that closes before it ("a disease — with no effective treatment —
 *    was treated with …"), not when the sentence moves on ("physio didn't help, so I tried PRP"), and
 *    "a little", "a few" are no negators.
 * 2. Attribution ("is marketed as", "according to", "have read that") reports someone's claim.
 * 3. Aspiration ("a quest to reverse ageing", "efforts to slow aging") is no promise, unless the
 *    sentence speaks to the reader ("we", "your").
 * 4. Promotion: claim language; a promotional match; an appeal (a testimonial, "have you ever…"); an
 *    offer ("book a free consultation", prices, "treatment in Mexico") where no research is reported;
 *    promise words with an efficacy verb ("it helps your joints", "a powerful way to restore …"); or a
 *    benefit statement (an efficacy verb, then a health outcome) where no research is reported.
 */
import type { ContextHit } from './context';
import { isWord } from './trie';

export const STANCE_CLASSES = [
  'benefitVerb',
  'benefitOutcome',
  'notPromiseAfter',
  'promise',
  'offer',
  'placeOffer',
  'appeal',
  'research',
  'attribution',
  'aspiration',
  'negator',
  'negatorCancel',
  'doubtObject',
  'doubtWord',
  'shift',
] as const;
export type StanceClass = (typeof STANCE_CLASSES)[number];

export type Stance = 'claim' | 'mention' | 'reported' | 'doubted';

export interface StanceReading {
  stance: Stance;
  /** The words that decided it (offsets into the text), when words did. */
  cue?: { start: number; end: number };
}

export interface StanceRules {
  /** Per context word id: a bit per StanceClass, plus CLAIM_BIT and DEBUNK_BIT. */
  bits: Uint32Array;
  benefitWindow: number;
  doubtWindow: number;
}

export const CLAIM_BIT = 1 << STANCE_CLASSES.length;
export const DEBUNK_BIT = CLAIM_BIT << 1;
export const bitOf = (c: StanceClass) => 1 << STANCE_CLASSES.indexOf(c);

const BIT = Object.fromEntries(STANCE_CLASSES.map((c) => [c, bitOf(c)])) as Record<StanceClass, number>;

/** Builds the per-word bits from the compiled id lists. */
export function stanceRules(
  count: number,
  lists: Record<StanceClass, readonly number[]> & { benefitWindow: number; doubtWindow: number },
  claim: readonly number[],
  debunk: readonly number[],
): StanceRules {
  const bits = new Uint32Array(count);
  for (const c of STANCE_CLASSES) for (const id of lists[c] ?? []) bits[id] |= BIT[c];
  for (const id of claim) bits[id] |= CLAIM_BIT;
  for (const id of debunk) bits[id] |= DEBUNK_BIT;
  return { bits, benefitWindow: lists.benefitWindow, doubtWindow: lists.doubtWindow };
}

const span = (a: ContextHit, b: ContextHit = a) => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) });

/**
 * How promotional a match is by itself: a strong promise ("reverses aging") is a claim unless doubted or
 * attributed; a soft one (marketing language, "reduces fine lines") also gives way to reported research.
 */
export type Promotes = 'strong' | 'soft' | false;

const SENTENCE_END = /[.!?\u2029]/;
/** Closers of an aside, and the opener each needs before it. */
const ASIDE_OPENER: Record<string, string> = { ')': '(', '—': '—', '–': '–' };
const ASIDE_REACH = 200;

/** Whether [at, to) of the text closes an aside that opened before `at` (a dash pair, parentheses). */
function closesAside(text: string, at: number, to: number): boolean {
  for (let i = at; i < to; i++) {
    const opener = ASIDE_OPENER[text[i]];
    if (!opener) continue;
    for (let j = at - 1; j >= 0 && j >= at - ASIDE_REACH && !SENTENCE_END.test(text[j]); j--) if (text[j] === opener) return true;
    return false;
  }
  return false;
}

/** The word that ends right before `at` (past spaces), if any: [start, end). */
function wordBefore(text: string, at: number): [number, number] | null {
  let j = at;
  while (j > 0 && (text.charCodeAt(j - 1) === 32 || text.charCodeAt(j - 1) === 160)) j--;
  let i = j;
  while (i > 0 && isWord(text.charCodeAt(i - 1))) i--;
  return i < j ? [i, j] : null;
}

/** Whether the next word after `at` starts with a capital letter (a place or a name: "in Mexico"). */
function capitalNext(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160)) i++;
  const c = text[i];
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

/**
 * Reads the sentence's stance. `hits` are its context words in text order; [start, end) is the match
 * itself (words inside it do not count: "anti-aging" is no claim word for its own sake); `promotes`
 * says how promotional the match is by itself (claim grammar, marketing entries); `wordsBetween` counts
 * the words in a stretch of the text; `text` is what the offsets point into.
 */
export function readStance(
  rules: StanceRules,
  hits: readonly ContextHit[],
  start: number,
  end: number,
  promotes: Promotes,
  wordsBetween: (from: number, to: number) => number,
  nextWordIs: (at: number, word: string) => boolean,
  text: string,
): StanceReading {
  // Words wholly inside the match are its own; a cue that runs past it counts ("biological years younger").
  const outside = hits.filter((h) => h.start < start || h.end > end);
  const has = (h: ContextHit, bit: number) => (rules.bits[h.word] & bit) !== 0;
  const is = (h: ContextHit, c: StanceClass) => (rules.bits[h.word] & BIT[c]) !== 0;

  /** A doubt before the match that the sentence leaves behind (an aside, "so I tried …") is not about it. */
  const leftBehind = (h: ContextHit) =>
    h.end <= start && (closesAside(text, h.end, start) || outside.some((s) => is(s, 'shift') && s.start >= h.end && s.end <= start));
  /** Whether words of class `c` end right before `h` ("a" before "little", "used to" before "treat"). */
  const after = (h: ContextHit, c: StanceClass) => {
    const before = wordBefore(text, h.start);
    return before !== null && hits.some((w) => w.end === before[1] && is(w, c));
  };

  // A doubt may be the match's own words ("unproven stem cell treatments"): it doubts what it names.
  for (const h of hits) if (has(h, DEBUNK_BIT | BIT.doubtWord) && !leftBehind(h)) return { stance: 'doubted', cue: span(h) };
  for (const neg of outside) {
    if (!is(neg, 'negator') || nextWordIs(neg.end, 'only') || after(neg, 'negatorCancel') || leftBehind(neg)) continue; // "not only … but" is no doubt
    // The doubted word may be the match's own ("will not reverse wrinkles").
    for (const obj of hits) {
      if (obj.start < neg.end || !is(obj, 'doubtObject')) continue;
      if (wordsBetween(neg.end, obj.start) <= rules.doubtWindow) return { stance: 'doubted', cue: span(neg, obj) };
    }
  }
  // Attribution counts before the thing it attributes, or right after ("…, sellers claim").
  for (const h of outside) if (is(h, 'attribution')) return { stance: 'reported', cue: span(h) };

  const promise = outside.find((h) => is(h, 'promise'));
  const aspiration = outside.find((h) => is(h, 'aspiration'));
  if (aspiration && !promise) return { stance: 'mention', cue: span(aspiration) };

  // Inside a compound a research word describes something else ("university-trained", "trial-size").
  const research = outside.some((h) => is(h, 'research') && text[h.end] !== '-');
  if (promotes === 'strong' || (promotes === 'soft' && !research)) return { stance: 'claim' };
  for (const h of outside) if (has(h, CLAIM_BIT)) return { stance: 'claim', cue: span(h) };
  // "no effective treatment" is no appeal, nor is one in an aside the sentence has left.
  const appeal = outside.find((h) => is(h, 'appeal') && !after(h, 'negator') && !leftBehind(h));
  if (appeal) return { stance: 'claim', cue: span(appeal) };
  if (!research) {
    const offer = outside.find((h) => is(h, 'offer') || (is(h, 'placeOffer') && capitalNext(text, h.end)));
    if (offer) return { stance: 'claim', cue: span(offer) };
  }
  for (const verb of outside) {
    // "the slowing of …", "healing of wounds": a noun, not a promise of what follows.
    if (!is(verb, 'benefitVerb') || after(verb, 'notPromiseAfter') || (/ing$/i.test(text.slice(verb.start, verb.end)) && nextWordIs(verb.end, 'of'))) continue;
    if (promise) return { stance: 'claim', cue: span(promise, verb) };
    if (research) continue;
    // The outcome may be the match itself ("helps your skin", "promotes healing of injured tissue").
    for (const outcome of hits) {
      if (outcome.start < verb.end || !is(outcome, 'benefitOutcome')) continue;
      if (wordsBetween(verb.end, outcome.start) <= rules.benefitWindow) return { stance: 'claim', cue: span(verb, outcome) };
    }
  }
  return { stance: 'mention' };
}
