/**
 * `npm run eval`: detection quality on real labelled sentences, one report per set in ../shared/eval:
 * claims-dev (the sources the detector was first built on) and wild-dev (other kinds of pages).
 * For each: recall on positives, false-positive rates on negatives and near-misses, and how the
 * stance the scanner reads (claim, reported, doubted, mention) agrees with a person's reading
 * (promotional, sceptical, neutral), and whether the card each positive opens first fits its topic
 * (scripts/eval/card-fit.ts says how that is judged); every miss, false hit and unfit card is listed, so
 * a change can be judged by what it does to real text. Exit 1 when a target is missed.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from '../data/build';
import { SHARED_DIR } from '../data/load-from-disk';
import { createMatcher, type Match } from '../utils/matcher/scan';
import { createSearch } from '../utils/search';
import { cardFit } from './eval/card-fit';

export const SETS = ['claims-dev', 'wild-dev'] as const;
export type SetName = (typeof SETS)[number];

/** Targets per set (the detection issue's), and the floors the tests hold (today's figures). */
export const TARGETS: Record<SetName, { recall: number; negatives: number; nearMisses: number }> = {
  'claims-dev': { recall: 0.97, negatives: 0.01, nearMisses: 0.05 },
  'wild-dev': { recall: 0.9, negatives: 0.01, nearMisses: 0.05 },
};

/**
 * What `npm test` holds (tests/unit/quality.test.ts): the figures reached so far, so a change that makes
 * detection or stance worse on either set fails. Raise them as detection improves.
 */
export const FLOORS: Record<
  SetName,
  { recall: number; negatives: number; nearMisses: number; stance: Record<PersonStance, number>; cardFit: number }
> = {
  'claims-dev': { recall: 1, negatives: 0, nearMisses: 0, stance: { promotional: 0.66, neutral: 0.95, sceptical: 0.8 }, cardFit: 0.98 },
  'wild-dev': { recall: 0.94, negatives: 0, nearMisses: 0, stance: { promotional: 0.94, neutral: 0.91, sceptical: 0.84 }, cardFit: 0.8 },
};

/** The stance issue's targets (#19), printed beside the figures; the floors above are what tests hold. */
export const STANCE_TARGETS: Record<PersonStance, number> & { cardFit: number } = {
  promotional: 0.8,
  neutral: 0.9,
  sceptical: 0.8,
  cardFit: 0.95,
};

export type PersonStance = 'promotional' | 'neutral' | 'sceptical';
/** What a person's reading should come out as. */
const EXPECTED: Record<PersonStance, Match['stance'][]> = {
  promotional: ['claim'],
  neutral: ['mention', 'reported'],
  sceptical: ['doubted'],
};

export interface EvalResult {
  recall: number;
  /**
   * Recall on the positives that name or describe the intervention themselves (topics not marked
   * "(context-dependent)": those name it only through the page around them, which a sentence alone lacks).
   */
  ownRecall: number;
  negativeRate: number;
  nearMissRate: number;
  counts: { positive: number; negative: number; 'near-miss': number };
  misses: string[];
  falseHits: { label: string; text: string; found: string[] }[];
  /** Per person's stance: how many positives were found, and how many of them read as expected. */
  stance: Record<PersonStance, { found: number; agree: number }>;
  stanceMisses: { text: string; person: PersonStance; read: string }[];
  /** Positives found whose topic the lookup knows, how many of them open a fitting card first. */
  cardFit: { judged: number; fits: number };
  /** Found positives whose topic the lookup does not know (not counted). */
  unjudged: { text: string; topic: string }[];
  unfit: { text: string; topic: string; expected: string[]; opened: string[] }[];
}

let built: ReturnType<typeof buildData> | null = null;

export function evaluate(set: SetName = 'claims-dev'): EvalResult {
  const path = join(SHARED_DIR, 'eval', `${set}.jsonl`);
  if (!existsSync(path)) throw new Error(`Missing ${path}: ../shared must sit beside the project.`);
  built ??= buildData();
  const { index } = built;
  const matcher = createMatcher(index);
  const search = createSearch(built.entries);
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const counts = { positive: 0, negative: 0, 'near-miss': 0 };
  const hits = { positive: 0, negative: 0, 'near-miss': 0 };
  const own = { positive: 0, found: 0 };
  const misses: string[] = [];
  const falseHits: EvalResult['falseHits'] = [];
  const stance: EvalResult['stance'] = { promotional: { found: 0, agree: 0 }, neutral: { found: 0, agree: 0 }, sceptical: { found: 0, agree: 0 } };
  const stanceMisses: EvalResult['stanceMisses'] = [];
  const fit = { judged: 0, fits: 0 };
  const unjudged: EvalResult['unjudged'] = [];
  const unfit: EvalResult['unfit'] = [];
  for (const row of rows) {
    const label = row.label as keyof typeof counts;
    counts[label]++;
    const matches = matcher.scan(row.text);
    const found = matches.map((m) => `${row.text.slice(m.start, m.end)} → ${index.entries[m.entry].id}`);
    if (found.length) hits[label]++;
    if (label === 'positive' && !/context-dependent/.test(row.topic ?? '')) {
      own.positive++;
      if (found.length) own.found++;
    }
    if (label === 'positive' && !found.length) misses.push(row.text);
    if (label !== 'positive' && found.length) falseHits.push({ label, text: row.text, found });
    const person = row.stance as PersonStance | undefined;
    if (label === 'positive' && person && matches.length) {
      // The sentence's reading is its first match's (all matches of one sentence read the same words).
      const read = matches[0].stance;
      stance[person].found++;
      if (EXPECTED[person].includes(read)) stance[person].agree++;
      else stanceMisses.push({ text: row.text, person, read });
    }
    if (label === 'positive' && matches.length) {
      const topic = String(row.topic ?? '');
      const judged = cardFit(search, built.entries, index, topic, matches);
      if (!judged.judged) unjudged.push({ text: row.text, topic });
      else {
        fit.judged++;
        if (judged.fits) fit.fits++;
        else unfit.push({ text: row.text, topic, expected: judged.expected, opened: judged.opened });
      }
    }
  }
  return {
    recall: hits.positive / counts.positive,
    ownRecall: own.found / own.positive,
    negativeRate: hits.negative / counts.negative,
    nearMissRate: hits['near-miss'] / counts['near-miss'],
    counts,
    misses,
    falseHits,
    stance,
    stanceMisses,
    cardFit: fit,
    unjudged,
    unfit,
  };
}

export const meetsTargets = (set: SetName, r: EvalResult) =>
  r.ownRecall >= TARGETS[set].recall && r.negativeRate <= TARGETS[set].negatives && r.nearMissRate <= TARGETS[set].nearMisses;

function report(set: SetName, r: EvalResult, verbose: boolean) {
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  const t = TARGETS[set];
  console.log(`\n${set}: ${r.counts.positive} positive, ${r.counts.negative} negative, ${r.counts['near-miss']} near-miss`);
  console.log(`  Recall, naming it themselves: ${r.ownRecall.toFixed(3)}  (target ≥ ${t.recall})`);
  console.log(`  Recall on all positives:     ${r.recall.toFixed(3)}  (incl. sentences that name it only through their page)`);
  console.log(`  False positives, negatives: ${pct(r.negativeRate)}  (target ≤ ${pct(t.negatives)})`);
  console.log(`  False positives, near-miss: ${pct(r.nearMissRate)}  (target ≤ ${pct(t.nearMisses)})`);
  for (const [person, s] of Object.entries(r.stance)) {
    const target = STANCE_TARGETS[person as PersonStance];
    if (s.found) console.log(`  Stance, ${person.padEnd(11)} ${s.agree}/${s.found} read as ${EXPECTED[person as PersonStance].join(' or ')} (${pct(s.agree / s.found)}; target ≥ ${pct(target)})`);
  }
  const f = r.cardFit;
  console.log(`  Card fit: ${f.fits}/${f.judged} open a fitting card first (${pct(f.fits / f.judged)}; target ≥ ${pct(STANCE_TARGETS.cardFit)}); ${r.unjudged.length} unjudged`);
  console.log('    (fits: the first card, or its second line, is the top lookup hit for the sentence\'s topic or related to it; see scripts/eval/card-fit.ts)');
  for (const miss of r.misses) console.log(`    missed:  ${miss}`);
  for (const hit of r.falseHits) console.log(`    ${hit.label}: ${hit.text}\n             found ${hit.found.join('; ')}`);
  if (verbose) for (const m of r.stanceMisses) console.log(`    stance ${m.person} read as ${m.read}: ${m.text}`);
  if (verbose) {
    for (const u of r.unfit) console.log(`    card ${u.opened.join(' + ')} for "${u.topic}" (expected ${u.expected.join(' or ')}): ${u.text}`);
    for (const u of r.unjudged) console.log(`    unjudged ("${u.topic}": context-dependent, or the lookup knows no such topic): ${u.text}`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const verbose = process.argv.includes('--stance') || process.argv.includes('--cards');
    let ok = true;
    for (const set of SETS) {
      const r = evaluate(set);
      report(set, r, verbose);
      ok &&= meetsTargets(set, r);
    }
    console.log(ok ? '\nAll targets met.' : '\nA target was missed.');
    process.exit(ok ? 0 : 1);
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(2);
  }
}
