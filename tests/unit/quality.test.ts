/** Detection quality on the labelled real sentences (../shared/eval), and the rating doc in step with the UI. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, TARGETS } from '../../scripts/eval';
import { sharedPath } from '../helpers/shared';
import { PROJECT_ROOT } from '../../data/load-from-disk';
import { EVIDENCE_LABELS, VERDICT_LABELS } from '../../components/labels';
import { EVIDENCE_MEANINGS, VERDICT_MEANINGS } from '../../components/scale-meanings';

describe('npm run eval targets', () => {
  const result = evaluate(sharedPath('eval', 'claims-dev.jsonl'));
  it(`recall on positives ≥ ${TARGETS.recall}`, () => {
    expect(result.misses).toEqual([]);
    expect(result.recall).toBeGreaterThanOrEqual(TARGETS.recall);
  });
  it(`false positives on negatives ≤ ${TARGETS.negatives * 100} %`, () => {
    expect(result.negativeRate).toBeLessThanOrEqual(TARGETS.negatives);
  });
  it(`false positives on near-misses ≤ ${TARGETS.nearMisses * 100} %`, () => {
    expect(result.nearMissRate).toBeLessThanOrEqual(TARGETS.nearMisses);
  });
});

describe('How we rate evidence', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'how-we-rate-evidence.md'), 'utf8');
  it('the document states every verdict and level exactly as the options page does', () => {
    for (const [v, { label }] of Object.entries(VERDICT_LABELS)) expect(doc).toContain(`| ${label} | ${VERDICT_MEANINGS[v as keyof typeof VERDICT_MEANINGS]} |`);
    for (const [e, { label }] of Object.entries(EVIDENCE_LABELS)) expect(doc).toContain(`| ${label} | ${EVIDENCE_MEANINGS[e as keyof typeof EVIDENCE_MEANINGS]} |`);
  });
});
