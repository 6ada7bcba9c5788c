/** Detection quality on the labelled real sentences (../shared/eval), and the rating doc in step with the UI. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, FLOORS, SETS, TARGETS } from '../../scripts/eval';
import { PROJECT_ROOT } from '../../data/load-from-disk';
import { EVIDENCE_LABELS, VERDICT_LABELS } from '../../components/labels';
import { EVIDENCE_MEANINGS, VERDICT_MEANINGS } from '../../components/scale-meanings';
import { EVIDENCE_RULES, VERDICT_RULES } from '../../components/rubric-rules';

describe.each(SETS)('npm run eval on %s', (set) => {
  const result = evaluate(set);
  const floor = FLOORS[set];
  it(`recall on sentences that name it ≥ ${floor.recall} (target ${TARGETS[set].recall})`, () => {
    expect(result.ownRecall).toBeGreaterThanOrEqual(floor.recall);
  });
  it(`false positives on negatives ≤ ${floor.negatives * 100} %`, () => {
    expect(result.negativeRate).toBeLessThanOrEqual(floor.negatives);
  });
  it(`false positives on near-misses ≤ ${floor.nearMisses * 100} %`, () => {
    expect(result.nearMissRate).toBeLessThanOrEqual(floor.nearMisses);
  });
  it('stance agreement does not get worse', () => {
    for (const person of ['promotional', 'neutral', 'sceptical'] as const) {
      const { found, agree } = result.stance[person];
      expect(agree / found, person).toBeGreaterThanOrEqual(floor.stance[person]);
    }
  });
  it(`the card a positive opens first fits its topic for ≥ ${floor.cardFit * 100} %`, () => {
    const { judged, fits } = result.cardFit;
    expect(judged).toBeGreaterThan(0);
    expect(fits / judged).toBeGreaterThanOrEqual(floor.cardFit);
  });
});

describe('How we rate evidence', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'how-we-rate-evidence.md'), 'utf8');
  it('the document states every rule exactly as the options page does, for every verdict and level', () => {
    expect(VERDICT_RULES.map(([v]) => v).sort()).toEqual(Object.keys(VERDICT_LABELS).sort());
    expect(EVIDENCE_RULES.map(([e]) => e).sort()).toEqual(Object.keys(EVIDENCE_LABELS).sort());
    for (const [v, rule] of VERDICT_RULES) expect(doc).toContain(`| ${VERDICT_LABELS[v].label} | ${rule} |`);
    for (const [e, rule] of EVIDENCE_RULES) expect(doc).toContain(`| ${EVIDENCE_LABELS[e].label} | ${rule} |`);
  });

  it('the document states every verdict and level exactly as the options page does', () => {
    for (const [v, { label }] of Object.entries(VERDICT_LABELS)) expect(doc).toContain(`| ${label} | ${VERDICT_MEANINGS[v as keyof typeof VERDICT_MEANINGS]} |`);
    for (const [e, { label }] of Object.entries(EVIDENCE_LABELS)) expect(doc).toContain(`| ${label} | ${EVIDENCE_MEANINGS[e as keyof typeof EVIDENCE_MEANINGS]} |`);
  });
});
