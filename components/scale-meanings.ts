/**
 * What each step of the scales means: the user-facing promise behind every badge. Shown on the options
 * page ("How we rate evidence"); docs/how-we-rate-evidence.md states the same, which a test checks.
 */
import type { EvidenceLevel, Verdict } from '../data/schema';

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  established: 'Strong, consistent evidence in people, usually from randomized trials or large long-term studies.',
  'promising-in-humans': 'Early or small human studies point the right way, but larger trials have not settled it.',
  'animal-or-lab-only': 'Seen in cells or animals; not shown in people.',
  unproven: 'Claimed or sold without adequate evidence that it does what is promised.',
  disproven: 'Tested properly, and it did not work as claimed.',
  warning: 'Regulators have warned about it, or real harm has been reported.',
};

export const EVIDENCE_MEANINGS: Record<EvidenceLevel, string> = {
  'humans-rct': 'At least one randomized controlled trial in humans.',
  'humans-observational': 'Studies that watch people over time; they show links, not cause and effect.',
  animals: 'Studies in mice, rats, monkeys or other animals.',
  cells: 'Cells in a dish or other lab experiments only.',
  none: 'No published study supports the claim.',
};
