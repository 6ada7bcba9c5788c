/**
 * What each step of the scales means: the user-facing promise behind every badge. Shown on the options
 * page ("How we rate evidence"); docs/how-we-rate-evidence.md states the same in English, which a test checks.
 */
import type { EvidenceLevel, Verdict } from '../data/schema';
import { t, type MessageKey } from '../utils/i18n';

const VERDICT_MEANING_KEYS: Record<Verdict, MessageKey> = {
  established: 'meaning_established',
  'promising-in-humans': 'meaning_promising',
  'animal-or-lab-only': 'meaning_animal',
  unproven: 'meaning_unproven',
  disproven: 'meaning_disproven',
  warning: 'meaning_warning',
};

const EVIDENCE_MEANING_KEYS: Record<EvidenceLevel, MessageKey> = {
  'humans-rct': 'meaning_rct',
  'humans-observational': 'meaning_observational',
  animals: 'meaning_animals',
  cells: 'meaning_cells',
  none: 'meaning_none',
};

export const verdictMeaning = (v: Verdict) => t(VERDICT_MEANING_KEYS[v]);
export const evidenceMeaning = (e: EvidenceLevel) => t(EVIDENCE_MEANING_KEYS[e]);
