/** The lookup's word rules: plural keys, generic words, typos allowed, and the missing-claim report. */
import { describe, expect, it } from 'vitest';
import { isGeneric, typosAllowed, wordKey, wordKeys } from '../../utils/search-words';
import { missingClaimReport } from '../../utils/missing-claim';

describe('lookup words', () => {
  it('folds like page text and drops plural endings', () => {
    expect(wordKeys('IL-1β')).toEqual(['il', '1', 'b']);
    expect(wordKeys('Anti-ageing NAD+')).toEqual(['anti', 'aging', 'nad']);
    expect(wordKey('clinics')).toBe('clinic');
    expect(wordKey('therapies')).toBe('therapy');
    expect(wordKey('parabiosis')).toBe('parabiosis');
    expect(wordKey('grass')).toBe('grass');
  });

  it('allows more typos in longer words, none in short ones', () => {
    expect([3, 4, 7, 8, 12].map(typosAllowed)).toEqual([0, 1, 1, 2, 2]);
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
