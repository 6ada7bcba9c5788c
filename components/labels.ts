/**
 * Words shown for the data's fixed scales. The same text explains the scales on the options page
 * ("How we rate evidence") and in docs/how-we-rate-evidence.md, which a test keeps in step.
 */
import type { Category, EvidenceLevel, Verdict } from '../data/schema';

export const VERDICT_LABELS: Record<Verdict, { label: string; short: string; meaning: string }> = {
  established: {
    label: 'Established',
    short: 'Established',
    meaning: 'Strong, consistent evidence in people, usually from randomized trials or large long-term studies.',
  },
  'promising-in-humans': {
    label: 'Promising in humans',
    short: 'Promising',
    meaning: 'Early or small human studies point the right way, but larger trials have not settled it.',
  },
  'animal-or-lab-only': {
    label: 'Animal or lab only',
    short: 'Animals/lab',
    meaning: 'Seen in cells or animals; not shown in people.',
  },
  unproven: {
    label: 'Unproven',
    short: 'Unproven',
    meaning: 'Claimed or sold without adequate evidence that it does what is promised.',
  },
  disproven: {
    label: 'Disproven',
    short: 'Disproven',
    meaning: 'Tested properly, and it did not work as claimed.',
  },
  warning: {
    label: 'Warning',
    short: 'Warning',
    meaning: 'Regulators have warned about it, or real harm has been reported.',
  },
};

export const EVIDENCE_LABELS: Record<EvidenceLevel, { label: string; meaning: string }> = {
  'humans-rct': { label: 'Randomized trials in people', meaning: 'At least one randomized controlled trial in humans.' },
  'humans-observational': {
    label: 'Observational studies in people',
    meaning: 'Studies that watch people over time; they show links, not cause and effect.',
  },
  animals: { label: 'Animal studies', meaning: 'Studies in mice, rats, monkeys or other animals.' },
  cells: { label: 'Cell and lab studies', meaning: 'Cells in a dish or other lab experiments only.' },
  none: { label: 'No studies', meaning: 'No published study supports the claim.' },
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
