/**
 * Words shown for the data's fixed scales (the in-page card uses these, so they stay short; what each
 * step means is in scale-meanings.ts, for the options page and docs/how-we-rate-evidence.md).
 */
import type { Category, EvidenceLevel, Verdict } from '../data/schema';

export const VERDICT_LABELS: Record<Verdict, { label: string; short: string }> = {
  established: {
    label: 'Established',
    short: 'Established',
  },
  'promising-in-humans': {
    label: 'Promising in humans',
    short: 'Promising',
  },
  'animal-or-lab-only': {
    label: 'Animal or lab only',
    short: 'Animals/lab',
  },
  unproven: {
    label: 'Unproven',
    short: 'Unproven',
  },
  disproven: {
    label: 'Disproven',
    short: 'Disproven',
  },
  warning: {
    label: 'Warning',
    short: 'Warning',
  },
};

export const EVIDENCE_LABELS: Record<EvidenceLevel, { label: string }> = {
  'humans-rct': { label: 'Randomized trials in people' },
  'humans-observational': {
    label: 'Observational studies in people',
  },
  animals: { label: 'Animal studies' },
  cells: { label: 'Cell and lab studies' },
  none: { label: 'No studies' },
};

export const CATEGORY_LABELS: Record<Category, string> = {
  'blood-and-plasma': 'Blood and plasma',
  'stem-cells': 'Stem cells',
  drugs: 'Drugs',
  supplements: 'Supplements',
  hormones: 'Hormones',
  procedures: 'Procedures',
  'biomarkers-and-tests': 'Biomarkers and tests',
  'gene-and-cell-reprogramming': 'Gene and cell reprogramming',
  lifestyle: 'Lifestyle',
  concepts: 'Concepts',
  marketing: 'Marketing language',
};

export const SOURCE_KIND_LABELS: Record<string, string> = {
  'systematic-review': 'Systematic review',
  rct: 'Randomized trial',
  trial: 'Clinical trial',
  observational: 'Observational study',
  animal: 'Animal study',
  lab: 'Lab study',
  regulatory: 'Regulator',
  guideline: 'Guideline',
  review: 'Review',
  news: 'News',
};

/** Most serious first: the order of the popup's list and the card's emphasis. */
export const VERDICT_SEVERITY: Record<Verdict, number> = {
  warning: 0,
  disproven: 1,
  unproven: 2,
  'animal-or-lab-only': 3,
  'promising-in-humans': 4,
  established: 5,
};
