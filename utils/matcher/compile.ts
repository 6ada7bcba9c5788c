/**
 * Compiles the evidence base once, at build time, into what the scanner needs: a packed trie of every
 * phrase in every accepted spelling, and a second trie of context words (the `near` words of ambiguous
 * phrases, claim language, debunking language). Plain JSON: the build inlines it into the content script.
 */
import type { Entry, Verdict, Category, ClaimGrammar, Language, Phrase } from '../../data/schema';
import { STANCE_CLASSES, type StanceClass } from './stance';
import { canonicalPhrase, expandVariants, phraseKey, singular } from './variants';
import { insert, newNode, pack, type PackedTrie } from './trie';
import { caseForm, filterSource } from './filter-source';
import { contextKey } from './filters';

export interface PhraseMeta {
  /**
   * Index into CompiledIndex.entries. Phrases are listed entry by entry: each entry's phrases, then its
   * misspellings, then the claim-grammar parts that link to it, so a phrase's position among its
   * entry's (phraseInEntry) names it (the page fetches full entries on demand).
   */
  entry: number;
  /** Letters that must match exactly, in case, when the phrase is an acronym ("TAME"). */
  caseLetters?: string;
  /** Context word ids: the phrase counts only if one of them occurs in the same sentence. */
  near?: number[];
  /** Context word ids that rule the phrase out in their sentence. */
  notNear?: number[];
  /** Claim grammar: a `near` word must end at most this many words before the phrase (a promise). */
  before?: number;
  /** Claim grammar: a bare target ("aging") must be followed by punctuation or a follower word. */
  bare?: true;
  /**
   * A claim-grammar part: always a claim, and dropped where its sentence names an entry of its own
   * (the reader gets that entry's card instead of the generic one).
   */
  grammar?: true;
  /** A grammar form that names the idea without promising it ("biological years"): not a claim by itself. */
  mention?: true;
  /** A strong promise: what else its sentence names is claimed too. */
  strong?: true;
  /**
   * A general phrase of a specific entry (a bare "stem cell"): like a general entry, it gives way where
   * its sentence names another entry, and rides on that card as a second line.
   */
  generic?: true;
}

/** What the page needs of an entry to paint it; cards fetch the full entry from the background. */
export interface EntryMeta {
  id: string;
  verdict: Verdict;
  category: Category;
  /** About a whole field ("anti-aging"): gives way to a specific entry named in the same sentence. */
  generic?: true;
}

export interface CompiledContext {
  trie: PackedTrie;
  /** How many context words there are (ids are 0 … count-1). */
  count: number;
  /** Ids of words written with a trailing "*": they match any ending. */
  open: number[];
  /** Ids of claim language and of debunking language. */
  claim: number[];
  debunk: number[];
  /** Words that may follow a bare grammar target ("slows aging naturally"), folded. */
  followers: string[];
  /** Word ids of each class of stance language (data/stance.json), and the windows of its rules. */
  stance: Record<StanceClass, number[]> & { benefitWindow: number; doubtWindow: number };
}

export interface CompiledIndex {
  version: 3;
  entries: EntryMeta[];
  phrases: PhraseMeta[];
  trie: PackedTrie;
  context: CompiledContext;
  /**
   * The first FILTER_PREFIX folded characters of every spelling, as a trie-shaped RegExp written
   * compactly (filter-source.ts; filters.ts expands it). The page's first pass runs it, at native
   * speed, over the text of the whole page read as one string (matcher.candidates), so JavaScript
   * touches only the few text nodes where a phrase could be, and the scan walks the trie only where
   * it matches. No word boundary: text nodes are joined without one.
   */
  prefilter: string;
}

const letters = (text: string) => text.replace(/[^A-Za-z]/g, '');

/** The claim-grammar parts that link to an entry, as phrases with their rules. */
function grammarPhrases(grammar: ClaimGrammar, entryId: string) {
  const out: { text: string; promises?: string[]; window?: number; bare?: true; mention?: boolean; strong?: boolean }[] = [];
  for (const rule of grammar.rules) {
    if (rule.entry !== entryId) continue;
    const strong = rule.strong === true;
    for (const text of grammar.targets) out.push({ text, promises: rule.promises, window: rule.window, strong });
    for (const text of grammar.bareTargets) out.push({ text, promises: rule.promises, window: rule.window, bare: true, strong });
  }
  for (const form of grammar.forms) {
    if (form.entry === entryId) for (const text of form.phrases) out.push({ text, mention: form.claim === false });
  }
  return out;
}

export function compileIndex(entries: readonly Entry[], language: Language): CompiledIndex {
  const { cues, grammar, stance } = language;
  const root = newNode();
  const contextRoot = newNode();
  const phrases: PhraseMeta[] = [];
  const words: string[] = []; // as written ("rejuvenat*"), by id; only their count ships
  const wordForms: string[][] = []; // each word's folded forms, by id (for the filter)
  const wordIds = new Map<string, number>();

  /**
   * Registers a context word once; a trailing "*" matches any ending. Claim and debunking language
   * (`cue`) is matched as written, without plural forms ("no evidence", not "no evidences").
   */
  const wordId = (word: string, cue = false): number => {
    const open = /\*\s*$/.test(word);
    const canonical = canonicalPhrase(word.replace(/\*+\s*$/, ''));
    const key = `${canonical}${open ? '*' : ''}`;
    let id = wordIds.get(key);
    if (id === undefined) {
      id = words.push(word.trim()) - 1;
      wordIds.set(key, id);
      // Open words take their spelling variants but not plurals (any ending is accepted anyway).
      const forms = expandVariants(canonical).filter(
        (f) => !(open || cue) || f === canonical || (!f.startsWith(canonical) && f !== singular(canonical)),
      );
      for (const form of forms) insert(contextRoot, form, id);
      wordForms[id] = forms;
    }
    return id;
  };

  const spellings = {
    all: new Set<string>(),
    free: new Set<string>(),
    needContext: new Set<string>(),
    caseFree: new Set<string>(),
    caseNeedContext: new Set<string>(),
    contextWords: new Set<string>(),
    openContextWords: new Set<string>(),
    contextByKey: new Map<string, { words: Set<string>; open: Set<string> }>(),
    topicByKey: new Map<string, { words: Set<string>; open: Set<string> }>(),
  };
  const specOf = (phrase: Phrase) => (typeof phrase === 'string' ? { text: phrase } : phrase);
  const contextual: [string, number][] = [];
  const plain: [string, number][] = [];
  const genericPhrases = new Set(stance.genericPhrases.map((t) => phraseKey(t)));
  entries.forEach((entry, entryIndex) => {
    const parts = [
      ...[...entry.phrases, ...(entry.misspellings ?? [])].map((phrase) => ({ ...specOf(phrase), rule: null })),
      ...grammarPhrases(grammar, entry.id).map((part) => ({ text: part.text, rule: part })),
    ];
    for (const spec of parts) {
      const meta: PhraseMeta = { entry: entryIndex };
      if ('matchCase' in spec && spec.matchCase) meta.caseLetters = letters(spec.text);
      if ('near' in spec && spec.near) meta.near = [...new Set(spec.near.map((w) => wordId(w)))];
      if ('notNear' in spec && spec.notNear) meta.notNear = [...new Set(spec.notNear.map((w) => wordId(w)))];
      if (!spec.rule && genericPhrases.has(phraseKey(spec.text))) meta.generic = true;
      if (spec.rule) {
        meta.grammar = true;
        if (spec.rule.promises) {
          meta.near = [...new Set(spec.rule.promises.map((w) => wordId(w, true)))];
          meta.before = spec.rule.window;
        }
        if (spec.rule.bare) meta.bare = true;
        if (spec.rule.mention) meta.mention = true;
        if (spec.rule.strong) meta.strong = true;
      }
      for (const word of meta.near ?? []) {
        const open = /\*\s*$/.test(words[word]);
        for (const form of wordForms[word]) (open ? spellings.openContextWords : spellings.contextWords).add(form);
      }
      const id = phrases.push(meta) - 1;
      const forms = expandVariants(canonicalPhrase(spec.text));
      // The filter reads a separator as "any run of non-word characters, or none", so a closed form
      // ("stemcell") needs no pattern of its own there: only the trie spells it out.
      const spaced = new Set(forms.filter((f) => f.includes(' ')).map((f) => f.replaceAll(' ', '')));
      for (const form of forms) {
        // The page's filter and scan know these characters only (scan.ts PHRASE_CHAR).
        if (!/^[a-z0-9+: ]+$/.test(form)) throw new Error(`phrase "${spec.text}" of ${entry.id}: only letters, digits, spaces, "+" and ":" can be matched (folded: "${form}")`);
        // Phrases that need context are tried first where entries share a spelling (the specific one wins).
        (meta.near ? contextual : plain).push([form, id]);
        if (spaced.has(form)) continue;
        spellings.all.add(form);
        const cased = meta.caseLetters === undefined ? null : caseForm(form, meta.caseLetters);
        if (cased) (meta.near ? spellings.caseNeedContext : spellings.caseFree).add(cased);
        else (meta.near ? spellings.needContext : spellings.free).add(form);
        if (meta.near) {
          // The claim grammar's promise must stand in the sentence: the page's topic never gives it.
          const maps = meta.before === undefined ? [spellings.contextByKey, spellings.topicByKey] : [spellings.contextByKey];
          for (const byKey of maps) {
            const key = contextKey(form);
            const group = byKey.get(key) ?? { words: new Set<string>(), open: new Set<string>() };
            byKey.set(key, group);
            for (const word of meta.near) {
              const open = /\*\s*$/.test(words[word]);
              for (const f of wordForms[word]) (open ? group.open : group.words).add(f);
            }
          }
        }
      }
    }
  });
  for (const [form, id] of [...contextual, ...plain]) insert(root, form, id);
  const claim = [...new Set(cues.claim.map((w) => wordId(w, true)))];
  const debunk = [...new Set(cues.debunk.map((w) => wordId(w, true)))];
  const listsByClass: Record<StanceClass, string[]> = {
    benefitVerb: stance.benefit.verbs,
    benefitOutcome: stance.benefit.outcomes,
    notPromiseAfter: stance.benefit.notAfter,
    promise: stance.promise,
    offer: stance.offer,
    placeOffer: stance.placeOffer,
    appeal: stance.appeal,
    research: stance.research,
    attribution: stance.attribution,
    aspiration: stance.aspiration,
    negator: stance.doubt.negators,
    negatorCancel: stance.doubt.cancelledAfter,
    doubtObject: stance.doubt.objects,
    doubtWord: stance.doubtWords,
    shift: stance.doubt.shifts,
  };
  const stanceIds = Object.fromEntries(
    STANCE_CLASSES.map((c) => [c, [...new Set(listsByClass[c].map((w) => wordId(w, true)))]]),
  ) as Record<StanceClass, number[]>;
  const generic = new Set(stance.genericEntries);
  const open = words.flatMap((w, id) => (/\*\s*$/.test(w) ? [id] : []));

  return {
    version: 3,
    entries: entries.map(({ id, verdict, category }) => ({ id, verdict, category, ...(generic.has(id) ? { generic: true as const } : {}) })),
    phrases,
    trie: pack(root),
    context: {
      trie: pack(contextRoot),
      count: words.length,
      open,
      claim,
      debunk,
      followers: grammar.followers.map((w) => canonicalPhrase(w)),
      stance: { ...stanceIds, benefitWindow: stance.benefit.window, doubtWindow: stance.doubt.window },
    },
    prefilter: filterSource(spellings),
  };
}
