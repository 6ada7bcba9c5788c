/**
 * The rule behind each verdict and in-whom level. docs/how-we-rate-evidence.md states the same (a test
 * checks), and data/rubric.ts enforces the part a machine can check. Shown on the options page.
 */
import type { EvidenceLevel, Verdict } from '../data/schema';

/** In the order they are applied: the first rule that fits wins. */
export const VERDICT_RULES: [Verdict, string][] = [
  ['warning', 'A regulator (FDA, FTC, EMA or a national agency) has warned about it or acted against it as it is sold, or serious harm from it is documented. Wins over every other verdict.'],
  ['disproven', 'Well-run randomized trials, or a systematic review of them, tested the claim as it is sold and found no benefit.'],
  ['established', 'A systematic review, a clinical guideline, or two or more consistent randomized trials in people show the benefit as it is claimed, and no large trial contradicts it.'],
  ['promising-in-humans', 'At least one randomized trial in people (or a systematic review) whose main result favours it on an outcome that matters, not yet confirmed by larger or repeated trials, and no large trial found it does not work.'],
  ['animal-or-lab-only', 'The benefit is seen only in cells or animals; no trial in people has tested the claim.'],
  ['unproven', 'Sold or claimed for more than the evidence shows: studies in people are missing for the claim as sold, small, uncontrolled, mixed, null on their main measure, or measure only markers (blood levels, lab values) rather than health or ageing.'],
];

export const EVIDENCE_RULES: [EvidenceLevel, string][] = [
  ['humans-rct', 'At least one randomized controlled trial in people of the intervention itself, whatever its result.'],
  ['humans-observational', 'Studies in people, none of them randomized.'],
  ['animals', 'The strongest studies are in animals.'],
  ['cells', 'Only cells in a dish or other lab work.'],
  ['none', 'No published study tests the claim.'],
];
