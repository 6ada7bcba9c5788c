/**
 * The fixed scales of the evidence base. Kept apart from schema.ts so code that only needs the lists
 * (the content script) does not bundle the validation schemas.
 */

export const CATEGORIES = [
  'blood-and-plasma',
  'stem-cells',
  'drugs',
  'supplements',
  'hormones',
  'procedures',
  'biomarkers-and-tests',
  'gene-and-cell-reprogramming',
  'lifestyle',
  'concepts',
  'marketing',
] as const;

/** Ordered from most reassuring to most serious; the UI sorts by this order reversed. */
export const VERDICTS = [
  'established',
  'promising-in-humans',
  'animal-or-lab-only',
  'unproven',
  'disproven',
  'warning',
] as const;

/** Strongest kind of evidence that exists for the claim, i.e. "in whom". */
export const EVIDENCE_LEVELS = [
  'humans-rct',
  'humans-observational',
  'animals',
  'cells',
  'none',
] as const;

export const SOURCE_KINDS = [
  'systematic-review',
  'rct',
  'trial',
  'observational',
  'animal',
  'lab',
  'regulatory',
  'guideline',
  'review',
  'news',
] as const;

