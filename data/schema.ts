/**
 * The evidence entry schema: the single source of truth for validation (build, `npm run check:data`,
 * tests) and for the TypeScript types used everywhere else (inferred below, never written twice).
 */
import * as v from 'valibot';

import { CATEGORIES, VERDICTS, EVIDENCE_LEVELS, SOURCE_KINDS } from './scales';

export { CATEGORIES, VERDICTS, EVIDENCE_LEVELS, SOURCE_KINDS };

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DOI_RE = /^10\.\d{4,9}\/\S+$/;
const PMID_RE = /^[1-9]\d{0,8}$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const SUMMARY_MAX = 320;
export const WHY_MAX = 240;

const nonEmpty = (what: string) =>
  v.pipe(v.string(), v.trim(), v.nonEmpty(`${what} must not be empty`));

const httpsUrl = v.pipe(
  v.string(),
  v.url('must be a valid URL'),
  v.startsWith('https://', 'must be an https:// link'),
);

/**
 * A phrase the matcher looks for. Spelling variants (ageing/aging, stem-cell/stem cell, β/b, plurals)
 * are the normalizer's job; list only true synonyms. Ambiguous phrases name context words (`near`):
 * the phrase counts only when one of them occurs in the same sentence. A trailing `*` in a context
 * word matches any ending ("rejuvenat*"). `notNear` words rule it out. `matchCase` is for acronyms
 * that are also words ("TAME"). Several entries may share a phrase when all but one of them say with
 * `near` when it is theirs: the most specific entry whose context holds wins.
 */
export const PhraseSchema = v.union([
  nonEmpty('phrase'),
  v.strictObject({
    text: nonEmpty('phrase text'),
    near: v.optional(
      v.pipe(v.array(nonEmpty('context word')), v.minLength(1, 'near needs at least one word')),
    ),
    /** Context that rules the phrase out ("exosomes" beside "liquid biopsy", "telomeres" of plants). */
    notNear: v.optional(
      v.pipe(v.array(nonEmpty('context word')), v.minLength(1, 'notNear needs at least one word')),
    ),
    matchCase: v.optional(v.boolean()),
  }),
]);

export const SourceSchema = v.strictObject({
  title: nonEmpty('title'),
  publisher: nonEmpty('publisher'),
  year: v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100)),
  url: httpsUrl,
  doi: v.optional(v.pipe(v.string(), v.regex(DOI_RE, 'must look like 10.<registrant>/<suffix>'))),
  pmid: v.optional(v.pipe(v.string(), v.regex(PMID_RE, 'must be digits only'))),
  kind: v.picklist(SOURCE_KINDS),
  /**
   * Where this source was confirmed (a stored public page showing its title, year and DOI/PMID
   * together). Required unless the source is in ../shared/bibliography.jsonl; checked by check:data.
   */
  verifiedAt: v.optional(httpsUrlOrHttp()),
});

function httpsUrlOrHttp() {
  // Confirmation pages are records of where we looked, not links shown to readers.
  return v.pipe(v.string(), v.url('must be a valid URL'));
}

export const EntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_RE, 'must be kebab-case')),
  title: nonEmpty('title'),
  category: v.picklist(CATEGORIES),
  phrases: v.pipe(v.array(PhraseSchema), v.minLength(1, 'needs at least one phrase')),
  /**
   * Misspellings seen on real pages that the automatic variants do not produce ("stems cells"); each
   * is matched like the phrase it misspells, with that phrase's context rule.
   */
  misspellings: v.optional(v.array(PhraseSchema)),
  verdict: v.picklist(VERDICTS),
  /** One plain sentence: the rubric rule that applied and the evidence that decided it. */
  why: v.optional(v.pipe(nonEmpty('why'), v.maxLength(WHY_MAX, `must be at most ${WHY_MAX} characters`))),
  evidence: v.picklist(EVIDENCE_LEVELS),
  summary: v.pipe(
    nonEmpty('summary'),
    v.maxLength(SUMMARY_MAX, `must be at most ${SUMMARY_MAX} characters`),
  ),
  details: nonEmpty('details'),
  /** What the evidence does NOT show: the honest limits, in plain words. */
  limits: nonEmpty('limits'),
  /** Approvals, warnings and enforcement with dates; omit when there is none. */
  regulatory: v.optional(nonEmpty('regulatory')),
  sources: v.pipe(v.array(SourceSchema), v.minLength(2, 'needs at least two sources')),
  related: v.array(v.pipe(v.string(), v.regex(ID_RE, 'must be kebab-case'))),
  reviewed: v.pipe(v.string(), v.regex(DATE_RE, 'must be an ISO date (YYYY-MM-DD)')),
});

export type Category = (typeof CATEGORIES)[number];
export type Verdict = (typeof VERDICTS)[number];
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];
export type Phrase = v.InferOutput<typeof PhraseSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Entry = v.InferOutput<typeof EntrySchema>;

/** data/cues.json: claim language and debunking language, in the `near` word syntax. */
export const CuesSchema = v.strictObject({
  claim: v.pipe(v.array(nonEmpty('claim cue')), v.minLength(1)),
  debunk: v.pipe(v.array(nonEmpty('debunk cue')), v.minLength(1)),
});
export type CueWords = v.InferOutput<typeof CuesSchema>;

/**
 * data/claim-grammar.json: claim language as a small grammar. A rule matches one of its promises (a
 * verb, in the `near` word syntax) followed within `window` words by an ageing target ("slows … the
 * aging process"); a bare target ("aging") counts only when a follower word or punctuation comes after
 * it, so "stop aging pipes" is not a promise. Forms are fixed phrases that promise on their own
 * ("younger-looking"). A match links to its rule's entry, and only where its sentence names no entry.
 */
const GrammarRuleSchema = v.strictObject({
  name: nonEmpty('rule name'),
  entry: v.pipe(v.string(), v.regex(ID_RE, 'must be kebab-case')),
  window: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6, 'must be at most 6 words')),
  promises: v.pipe(v.array(nonEmpty('promise')), v.minLength(1, 'needs at least one promise')),
  /** A strong promise ("reverses aging") makes a claim of what else its sentence names, too. */
  strong: v.optional(v.boolean()),
});
export const GrammarSchema = v.strictObject({
  rules: v.pipe(v.array(GrammarRuleSchema), v.minLength(1)),
  targets: v.pipe(v.array(nonEmpty('target')), v.minLength(1, 'needs at least one target')),
  bareTargets: v.array(nonEmpty('bare target')),
  followers: v.array(nonEmpty('follower')),
  forms: v.array(
    v.strictObject({
      entry: v.pipe(v.string(), v.regex(ID_RE, 'must be kebab-case')),
      /** false for forms that name the idea without promising it ("biological years"). */
      claim: v.optional(v.boolean()),
      phrases: v.pipe(v.array(nonEmpty('form')), v.minLength(1)),
    }),
  ),
});
export type ClaimGrammar = v.InferOutput<typeof GrammarSchema>;

/**
 * data/stance.json: how a sentence speaks about what it names (utils/matcher/stance.ts). A benefit
 * statement (an efficacy verb, then a health outcome within `window` words) promotes, unless the sentence
 * reports research; promise words ("your", "book") with an efficacy verb promote; attribution ("is
 * marketed as", "claims") reports someone else's claim; a negator before an evidence, approval or
 * benefit word within `window` words, or a doubt word, doubts it. Words use the `near` word syntax.
 * The order in which these decide is in utils/matcher/stance.ts.
 */
const WordList = (what: string) => v.pipe(v.array(nonEmpty(what)), v.minLength(1, `needs at least one ${what}`));
const WindowSchema = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6, 'must be at most 6 words'));
export const StanceSchema = v.strictObject({
  benefit: v.strictObject({
    window: WindowSchema,
    verbs: WordList('verb'),
    /**
     * Words that, right before an efficacy verb, make it no promise: a noun ("the slowing of the body's
     * ability to heal"), a use or a licence ("used to treat", "approved to treat").
     */
    notAfter: WordList('word'),
    outcomes: WordList('outcome'),
  }),
  promise: WordList('promise word'),
  /** Calls to book or buy, prices and offers: promotional by themselves, unless research is reported. */
  offer: WordList('offer word'),
  /** "treatment in", "therapy in": an offer when a capitalised word (a place) follows ("… in Mexico"). */
  placeOffer: WordList('place offer word'),
  /** Testimonials and hooks ("I was able to", "have you ever"): promotional by themselves. */
  appeal: WordList('appeal word'),
  research: WordList('research word'),
  attribution: WordList('attribution word'),
  /** Someone's aim, not a promise ("a quest to", "efforts to"), unless the sentence speaks to the reader. */
  aspiration: WordList('aspiration word'),
  doubt: v.strictObject({
    window: WindowSchema,
    negators: WordList('negator'),
    /** Words that, right before a negator, make it none ("a little help", "a few studies"). */
    cancelledAfter: WordList('word'),
    objects: WordList('object'),
    /** Where a sentence moves on ("so I", "instead"): a doubt before them does not reach a match after them. */
    shifts: WordList('shift word'),
  }),
  doubtWords: WordList('doubt word'),
  /** Entries about a whole field ("anti-aging"): where a sentence also names a specific entry, that one is painted. */
  genericEntries: v.array(v.pipe(v.string(), v.regex(ID_RE, 'must be kebab-case'))),
  /** General phrases of specific entries (a bare "stem cell"): they give way as general entries do. */
  genericPhrases: v.array(nonEmpty('phrase')),
});
export type StanceWords = v.InferOutput<typeof StanceSchema>;

/** The language files together, as the compiler takes them. */
export interface Language {
  cues: CueWords;
  grammar: ClaimGrammar;
  stance: StanceWords;
}
