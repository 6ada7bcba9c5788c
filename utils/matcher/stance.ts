/**
 * How a sentence speaks about what it names: it promotes it (a claim), reports someone else's claim,
 * doubts it, or just mentions it. Read from the context words of the sentence (data/stance.json and
 * data/cues.json, compiled into the context trie), once per matched sentence, never per page word.
 *
 * Order of the rules: a doubt wins ("there is no evidence it reverses aging" doubts); then attribution
 * ("is marketed as reversing aging" reports); then promotion: claim language, an offer ("book a free
 * consultation", prices) or a benefit statement (an efficacy verb, then a health outcome) in a sentence
 * that does not report research, or promise words with an efficacy verb ("it helps your joints").
 */
import type { ContextHit } from './context';

export const STANCE_CLASSES = [
  'benefitVerb',
  'benefitOutcome',
  'promise',
  'offer',
  'research',
  'attribution',
  'negator',
  'doubtObject',
  'doubtWord',
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
  bits: Uint16Array;
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
  const bits = new Uint16Array(count);
  for (const c of STANCE_CLASSES) for (const id of lists[c]) bits[id] |= BIT[c];
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

/**
 * Reads the sentence's stance. `hits` are its context words in text order; [start, end) is the match
 * itself (words inside it do not count: "anti-aging" is no claim word for its own sake); `promotes`
 * says how promotional the match is by itself (claim grammar, marketing entries); `wordsBetween` counts
 * the words in a stretch of the text.
 */
export function readStance(
  rules: StanceRules,
  hits: readonly ContextHit[],
  start: number,
  end: number,
  promotes: Promotes,
  wordsBetween: (from: number, to: number) => number,
  nextWordIs: (at: number, word: string) => boolean,
): StanceReading {
  // Words wholly inside the match are its own; a cue that runs past it counts ("biological years younger").
  const outside = hits.filter((h) => h.start < start || h.end > end);
  const has = (h: ContextHit, bit: number) => (rules.bits[h.word] & bit) !== 0;

  for (const h of outside) if (has(h, DEBUNK_BIT | BIT.doubtWord)) return { stance: 'doubted', cue: span(h) };
  for (const neg of outside) {
    if (!has(neg, BIT.negator) || nextWordIs(neg.end, 'only')) continue; // "not only … but" is no doubt
    // The doubted word may be the match's own ("will not reverse wrinkles").
    for (const obj of hits) {
      if (obj.start < neg.end || !has(obj, BIT.doubtObject)) continue;
      if (wordsBetween(neg.end, obj.start) <= rules.doubtWindow) return { stance: 'doubted', cue: span(neg, obj) };
    }
  }
  // Attribution counts before the thing it attributes, or right after ("…, sellers claim").
  for (const h of outside) if (has(h, BIT.attribution)) return { stance: 'reported', cue: span(h) };

  const research = outside.some((h) => has(h, BIT.research));
  if (promotes === 'strong' || (promotes === 'soft' && !research)) return { stance: 'claim' };
  for (const h of outside) if (has(h, CLAIM_BIT)) return { stance: 'claim', cue: span(h) };
  const offer = research ? undefined : outside.find((h) => has(h, BIT.offer));
  if (offer) return { stance: 'claim', cue: span(offer) };
  const promise = outside.find((h) => has(h, BIT.promise));
  for (const verb of outside) {
    if (!has(verb, BIT.benefitVerb)) continue;
    if (promise) return { stance: 'claim', cue: span(promise, verb) };
    if (research) continue;
    // The outcome may be the match itself ("helps your skin", "promotes healing of injured tissue").
    for (const outcome of hits) {
      if (outcome.start < verb.end || !has(outcome, BIT.benefitOutcome)) continue;
      if (wordsBetween(verb.end, outcome.start) <= rules.benefitWindow) return { stance: 'claim', cue: span(verb, outcome) };
    }
  }
  return { stance: 'mention' };
}
