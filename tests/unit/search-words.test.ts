/** The lookup's word rules: typo distance, plural keys, generic words, and the missing-claim report. */
import { describe, expect, it } from 'vitest';
import { editDistance, isGeneric, wordKey, wordKeys } from '../../utils/search-words';
import { missingClaimReport } from '../../utils/missing-claim';

describe('lookup words', () => {
  it.each([
    ['anakinara', 'anakinra', 1],
    ['rapamicin', 'rapamycin', 1],
    ['resveratol', 'resveratrol', 1],
    ['parabiossis', 'parabiosis', 1],
    ['metfromin', 'metformin', 1], // a transposition is one typo
    ['semaglutid', 'semaglutide', 1],
    ['ashwaganda', 'ashwagandha', 1],
  ])('“%s” is %i typo from “%s”', (a, b, d) => {
    expect(editDistance(a, b, 2)).toBe(d);
  });

  it('stops counting past the allowed typos', () => {
    expect(editDistance('bitcoin', 'botox', 1)).toBe(2);
    expect(editDistance('a'.repeat(10), 'b'.repeat(10), 2)).toBe(3);
  });

  it('folds like page text and drops plural endings', () => {
    expect(wordKeys('IL-1β')).toEqual(['il', '1', 'b']);
    expect(wordKeys('Anti-ageing NAD+')).toEqual(['anti', 'aging', 'nad']);
    expect(wordKey('clinics')).toBe('clinic');
    expect(wordKey('therapies')).toBe('therapy');
    expect(wordKey('parabiosis')).toBe('parabiosis');
    expect(wordKey('grass')).toBe('grass');
  });

  it('treats words any entry could contain as generic, names as real', () => {
    expect(['aging', 'therapy', 'clinic', 'serum'].every(isGeneric)).toBe(true);
    expect(['ozempic', 'rapamycin', 'altos', 'blood'].some(isGeneric)).toBe(false);
  });
});

describe('missing-claim report', () => {
  it('holds the query and nothing else', () => {
    expect(missingClaimReport('  bitcoin \n price ')).toBe('Evidence Lens — missing claim\nSearched for: “bitcoin price”\n');
  });
});
