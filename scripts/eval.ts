/**
 * `npm run eval`: detection quality on real labelled sentences (../shared/eval/claims-dev.jsonl).
 * Prints recall on positives and false-positive rates on negatives and near-misses, with each miss
 * and each false hit, so a phrase change can be judged by what it does to real text.
 * Exit 1 when a target is missed: recall ≥ 0.95, negatives ≤ 1 %, near-misses ≤ 10 %.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildData } from '../data/build';
import { SHARED_DIR } from '../data/load-from-disk';
import { createMatcher } from '../utils/matcher/scan';

export const TARGETS = { recall: 0.95, negatives: 0.01, nearMisses: 0.1 };

export interface EvalResult {
  recall: number;
  negativeRate: number;
  nearMissRate: number;
  counts: { positive: number; negative: number; 'near-miss': number };
  misses: string[];
  falseHits: { label: string; text: string; found: string[] }[];
}

export function evaluate(path = join(SHARED_DIR, 'eval', 'claims-dev.jsonl')): EvalResult {
  if (!existsSync(path)) throw new Error(`Missing ${path}: ../shared must sit beside the project.`);
  const { index } = buildData();
  const matcher = createMatcher(index);
  const rows = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  const counts = { positive: 0, negative: 0, 'near-miss': 0 };
  const hits = { positive: 0, negative: 0, 'near-miss': 0 };
  const misses: string[] = [];
  const falseHits: EvalResult['falseHits'] = [];
  for (const row of rows) {
    const label = row.label as keyof typeof counts;
    counts[label]++;
    const found = matcher.scan(row.text).map((m) => `${row.text.slice(m.start, m.end)} → ${index.entries[m.entry].id}`);
    if (found.length) hits[label]++;
    if (label === 'positive' && !found.length) misses.push(row.text);
    if (label !== 'positive' && found.length) falseHits.push({ label, text: row.text, found });
  }
  return {
    recall: hits.positive / counts.positive,
    negativeRate: hits.negative / counts.negative,
    nearMissRate: hits['near-miss'] / counts['near-miss'],
    counts,
    misses,
    falseHits,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const r = evaluate();
    const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
    console.log(`Sentences: ${r.counts.positive} positive, ${r.counts.negative} negative, ${r.counts['near-miss']} near-miss`);
    console.log(`Recall on positives:        ${r.recall.toFixed(3)}  (target ≥ ${TARGETS.recall})`);
    console.log(`False positives, negatives: ${pct(r.negativeRate)}  (target ≤ ${pct(TARGETS.negatives)})`);
    console.log(`False positives, near-miss: ${pct(r.nearMissRate)}  (target ≤ ${pct(TARGETS.nearMisses)})`);
    for (const miss of r.misses) console.log(`  missed:  ${miss}`);
    for (const hit of r.falseHits) console.log(`  ${hit.label}: ${hit.text}\n           found ${hit.found.join('; ')}`);
    const ok = r.recall >= TARGETS.recall && r.negativeRate <= TARGETS.negatives && r.nearMissRate <= TARGETS.nearMisses;
    console.log(ok ? 'All targets met.' : 'A target was missed.');
    process.exit(ok ? 0 : 1);
  } catch (e) {
    console.error(`eval: ${(e as Error).message}`);
    process.exit(2);
  }
}
