/**
 * Validates the language files beside the entries: data/cues.json (claim and doubt words) and
 * data/claim-grammar.json (promise + ageing target rules, fixed claim forms). Pure, like validate.ts:
 * callers hand in file contents and the validated entries; errors name the file and the field.
 */
import * as v from 'valibot';
import { CuesSchema, GrammarSchema, StanceSchema, type ClaimGrammar, type CueWords, type Entry, type StanceWords } from './schema';
import { phraseKey } from '../utils/matcher/variants';
import { tooBroad } from './phrase-rules';

export interface LanguageFiles {
  cues: { path: string; text: string };
  grammar: { path: string; text: string };
  stance: { path: string; text: string };
}

export interface ValidatedLanguage {
  cues: CueWords | null;
  grammar: ClaimGrammar | null;
  stance: StanceWords | null;
  errors: string[];
}

function parse<T>(file: { path: string; text: string }, schema: v.GenericSchema<unknown, T>, errors: string[]): T | null {
  let json: unknown;
  try {
    json = JSON.parse(file.text);
  } catch (e) {
    errors.push(`${file.path}: not valid JSON (${(e as Error).message})`);
    return null;
  }
  const parsed = v.safeParse(schema, json);
  if (!parsed.success) {
    for (const issue of parsed.issues) errors.push(`${file.path}: ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`);
    return null;
  }
  return parsed.output;
}

export function validateLanguage(files: LanguageFiles, entries: readonly Entry[]): ValidatedLanguage {
  const errors: string[] = [];
  const cues = parse(files.cues, CuesSchema, errors);
  const grammar = parse(files.grammar, GrammarSchema, errors);
  const stance = parse(files.stance, StanceSchema, errors);
  if (cues) {
    for (const list of ['claim', 'debunk'] as const) {
      cues[list].forEach((word, i) => {
        const problem = tooBroad(word);
        if (problem) errors.push(`${files.cues.path}: ${list}[${i}]: "${word}" ${problem}`);
      });
    }
  }
  if (grammar) checkGrammar(files.grammar.path, grammar, entries, errors);
  if (stance) checkStance(files.stance.path, stance, entries, errors);
  return { cues, grammar, stance, errors };
}

function checkGrammar(path: string, grammar: ClaimGrammar, entries: readonly Entry[], errors: string[]) {
  const ids = new Set(entries.map((e) => e.id));
  // Phrases of entries: a grammar target or form that repeats one would paint the same words twice.
  const owner = new Map<string, string>();
  for (const entry of entries) {
    for (const phrase of [...entry.phrases, ...(entry.misspellings ?? [])]) {
      owner.set(phraseKey(typeof phrase === 'string' ? phrase : phrase.text), entry.id);
    }
  }
  const ownText = new Map<string, string>();
  const checkPhrase = (at: string, text: string) => {
    const problem = tooBroad(text);
    if (problem) errors.push(`${path}: ${at}: "${text}" ${problem}`);
    const key = phraseKey(text);
    const entry = owner.get(key);
    if (entry) errors.push(`${path}: ${at}: "${text}" is already a phrase of data/entries/${entry}.json`);
    const earlier = ownText.get(key);
    if (earlier) errors.push(`${path}: ${at}: "${text}" repeats ${earlier}`);
    if (!earlier) ownText.set(key, at);
  };
  grammar.rules.forEach((rule, r) => {
    const at = `rules[${r}]`;
    if (!ids.has(rule.entry)) errors.push(`${path}: ${at}.entry: no entry "${rule.entry}"`);
    rule.promises.forEach((word, i) => {
      const problem = tooBroad(word);
      if (problem) errors.push(`${path}: ${at}.promises[${i}]: "${word}" ${problem}`);
    });
  });
  grammar.targets.forEach((text, i) => checkPhrase(`targets[${i}]`, text));
  grammar.bareTargets.forEach((text, i) => checkPhrase(`bareTargets[${i}]`, text));
  if (grammar.bareTargets.length && !grammar.followers.length) {
    errors.push(`${path}: followers: bare targets need follower words (or they would match every use of the word)`);
  }
  grammar.forms.forEach((form, f) => {
    if (!ids.has(form.entry)) errors.push(`${path}: forms[${f}].entry: no entry "${form.entry}"`);
    form.phrases.forEach((text, i) => checkPhrase(`forms[${f}].phrases[${i}]`, text));
  });
}

/** Lists whose words only count right before another word ("a" in "a little", "a lower score"). */
const TOUCHING = new Set(['doubt.cancelledAfter', 'benefit.notAfter']);

function checkStance(path: string, stance: StanceWords, entries: readonly Entry[], errors: string[]) {
  const lists: [string, string[]][] = [
    ['benefit.verbs', stance.benefit.verbs],
    ['benefit.notAfter', stance.benefit.notAfter],
    ['benefit.outcomes', stance.benefit.outcomes],
    ['promise', stance.promise],
    ['offer', stance.offer],
    ['placeOffer', stance.placeOffer],
    ['appeal', stance.appeal],
    ['research', stance.research],
    ['attribution', stance.attribution],
    ['aspiration', stance.aspiration],
    ['doubt.negators', stance.doubt.negators],
    ['doubt.cancelledAfter', stance.doubt.cancelledAfter],
    ['doubt.objects', stance.doubt.objects],
    ['doubt.shifts', stance.doubt.shifts],
    ['doubtWords', stance.doubtWords],
  ];
  // Single function words are the grammar's glue here ("no", "not", "you", "a" before "little"): only
  // empty or one-letter words fail, but for the words that only ever touch the word after them.
  for (const [at, words] of lists) {
    words.forEach((word, i) => {
      const problem = tooBroad(word);
      if (problem && !/stop words/.test(problem) && !TOUCHING.has(at)) errors.push(`${path}: ${at}[${i}]: "${word}" ${problem}`);
    });
  }
  const ids = new Set(entries.map((e) => e.id));
  stance.genericEntries.forEach((id, i) => {
    if (!ids.has(id)) errors.push(`${path}: genericEntries[${i}]: no entry "${id}"`);
  });
  const phrases = new Set(entries.flatMap((e) => e.phrases.map((p) => phraseKey(typeof p === 'string' ? p : p.text))));
  stance.genericPhrases.forEach((text, i) => {
    if (!phrases.has(phraseKey(text))) errors.push(`${path}: genericPhrases[${i}]: "${text}" is no entry's phrase`);
  });
}
