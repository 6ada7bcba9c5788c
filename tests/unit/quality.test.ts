/** Detection quality on the labelled real sentences (../shared/eval), and the rating doc in step with the UI. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluate, FLOORS, SETS, TARGETS } from '../../scripts/eval';
import { PROJECT_ROOT } from '../../data/load-from-disk';
import { evidenceLabel, verdictLabel } from '../../components/labels';
import { evidenceMeaning, verdictMeaning } from '../../components/scale-meanings';
import { EVIDENCE_RULES, VERDICT_RULES } from '../../components/rubric-rules';
import { EVIDENCE_LEVELS, VERDICTS } from '../../data/scales';
import { t } from '../../utils/i18n';

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
});

// The document is English: it is compared with the English messages (the unit tests' locale).
describe('How we rate evidence', () => {
  const doc = readFileSync(join(PROJECT_ROOT, 'docs', 'how-we-rate-evidence.md'), 'utf8');
  it('the document states every rule exactly as the options page does, for every verdict and level', () => {
    expect(VERDICT_RULES.map(([v]) => v).sort()).toEqual([...VERDICTS].sort());
    expect(EVIDENCE_RULES.map(([e]) => e).sort()).toEqual([...EVIDENCE_LEVELS].sort());
    for (const [v, rule] of VERDICT_RULES) expect(doc).toContain(`| ${verdictLabel(v)} | ${t(rule)} |`);
    for (const [e, rule] of EVIDENCE_RULES) expect(doc).toContain(`| ${evidenceLabel(e)} | ${t(rule)} |`);
  });

  it('the document states every verdict and level exactly as the options page does', () => {
    for (const v of VERDICTS) expect(doc).toContain(`| ${verdictLabel(v)} | ${verdictMeaning(v)} |`);
    for (const e of EVIDENCE_LEVELS) expect(doc).toContain(`| ${evidenceLabel(e)} | ${evidenceMeaning(e)} |`);
  });
});
