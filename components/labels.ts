/**
 * Words shown for the data's fixed scales, as message keys (public/_locales): the in-page card uses
 * these, so they stay short; what each step means is in scale-meanings.ts, for the options page and
 * docs/how-we-rate-evidence.md.
 */
import type { Category, EvidenceLevel, Verdict } from '../data/schema';
import { t, type MessageKey } from '../utils/i18n';

const VERDICT_KEYS: Record<Verdict, { label: MessageKey; short: MessageKey }> = {
  established: { label: 'verdict_established', short: 'verdict_established_short' },
  'promising-in-humans': { label: 'verdict_promising', short: 'verdict_promising_short' },
  'animal-or-lab-only': { label: 'verdict_animal', short: 'verdict_animal_short' },
  unproven: { label: 'verdict_unproven', short: 'verdict_unproven_short' },
  disproven: { label: 'verdict_disproven', short: 'verdict_disproven_short' },
  warning: { label: 'verdict_warning', short: 'verdict_warning_short' },
};

const EVIDENCE_KEYS: Record<EvidenceLevel, MessageKey> = {
  'humans-rct': 'evidence_rct',
  'humans-observational': 'evidence_observational',
  animals: 'evidence_animals',
  cells: 'evidence_cells',
  none: 'evidence_none',
};

const CATEGORY_KEYS: Record<Category, MessageKey> = {
  'blood-and-plasma': 'category_blood',
  'stem-cells': 'category_stem_cells',
  drugs: 'category_drugs',
  supplements: 'category_supplements',
  hormones: 'category_hormones',
  procedures: 'category_procedures',
  'biomarkers-and-tests': 'category_tests',
  'gene-and-cell-reprogramming': 'category_reprogramming',
  lifestyle: 'category_lifestyle',
  concepts: 'category_concepts',
  marketing: 'category_marketing',
};

const SOURCE_KIND_KEYS: Record<string, MessageKey> = {
  'systematic-review': 'source_systematic_review',
  rct: 'source_rct',
  trial: 'source_trial',
  observational: 'source_observational',
  animal: 'source_animal',
  lab: 'source_lab',
  regulatory: 'source_regulatory',
  guideline: 'source_guideline',
  review: 'source_review',
  news: 'source_news',
};

export const verdictLabel = (v: Verdict) => t(VERDICT_KEYS[v].label);
export const verdictShort = (v: Verdict) => t(VERDICT_KEYS[v].short);
export const evidenceLabel = (e: EvidenceLevel) => t(EVIDENCE_KEYS[e]);
export const categoryLabel = (c: Category) => t(CATEGORY_KEYS[c]);
/** An unknown kind (a newer data file) is shown as written. */
export const sourceKindLabel = (kind: string) => (SOURCE_KIND_KEYS[kind] ? t(SOURCE_KIND_KEYS[kind]) : kind);

/** Most serious first: the order of the popup's list and the card's emphasis. */
export const VERDICT_SEVERITY: Record<Verdict, number> = {
  warning: 0,
  disproven: 1,
  unproven: 2,
  'animal-or-lab-only': 3,
  'promising-in-humans': 4,
  established: 5,
};
