/**
 * The rule behind each verdict and in-whom level. docs/how-we-rate-evidence.md states the same in
 * English (a test checks), and data/rubric.ts enforces the part a machine can check. Shown on the
 * options page.
 */
import type { EvidenceLevel, Verdict } from '../data/schema';
import type { MessageKey } from '../utils/i18n';

/** In the order they are applied: the first rule that fits wins. */
export const VERDICT_RULES: [Verdict, MessageKey][] = [
  ['warning', 'rule_warning'],
  ['disproven', 'rule_disproven'],
  ['established', 'rule_established'],
  ['promising-in-humans', 'rule_promising'],
  ['animal-or-lab-only', 'rule_animal'],
  ['unproven', 'rule_unproven'],
];

export const EVIDENCE_RULES: [EvidenceLevel, MessageKey][] = [
  ['humans-rct', 'rule_rct'],
  ['humans-observational', 'rule_observational'],
  ['animals', 'rule_animals'],
  ['cells', 'rule_cells'],
  ['none', 'rule_none'],
];
