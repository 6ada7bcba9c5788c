/** Which vocabulary words a query word stands for: fuse.js's typos, and the rules around them. */
import { describe, expect, it } from 'vitest';
import { createVocabulary } from '../../utils/search-vocabulary';

const lookup = createVocabulary([
  'anakinra', 'rapamycin', 'resveratrol', 'parabiosis', 'metformin', 'semaglutide', 'ashwagandha', 'shilajit',
  'glutathione', 'acid', 'and', 'dhea', 'il1', 'il6', 'stem', 'stemcell', 'stemenhance', 'system', 'remestemcel', 'blood', 'blocker',
]);
const typo = { prefix: false, typos: true };
const typing = { prefix: true, typos: true };

describe('lookup vocabulary', () => {
  it.each([
    ['anakinara', 'anakinra'],
    ['rapamicin', 'rapamycin'],
    ['resveratol', 'resveratrol'],
    ['parabiossis', 'parabiosis'],
    ['metfromin', 'metformin'], // a transposition is two of Bitap's typos, allowed at nine letters
    ['semaglutid', 'semaglutide'],
    ['ashwaganda', 'ashwagandha'],
    ['shilajeet', 'shilajit'],
    ['glutathion', 'glutathione'],
    ['blod', 'blood'],
    ['acd', 'acid'], // three letters may have lost one
  ])('takes “%s” for a typo of “%s”', (word, key) => {
    const m = lookup(word, typo).get(key);
    expect(m?.partial).toBe(false);
    expect(m!.quality).toBeGreaterThan(0.6);
    expect(m!.quality).toBeLessThan(1);
  });

  it('ranks one typo above two', () => {
    expect(lookup('rapamicin', typo).get('rapamycin')!.quality).toBeGreaterThan(lookup('rapamicn', typo).get('rapamycin')!.quality);
  });

  it('does not take a word for a typo of a longer one it is only part of', () => {
    expect(lookup('dye', typo).has('dhea')).toBe(false); // "dye" is one typo from "dhe", two from "dhea"
    expect(lookup('stemcel', typo).has('remestemcel')).toBe(false);
    expect(lookup('blod', typo).has('blocker')).toBe(false);
  });

  it('allows no typo in three-letter words of the same length, nor in numbers', () => {
    expect(lookup('ant', typo).has('and')).toBe(false);
    expect(lookup('il7', typo).size).toBe(0);
    expect(lookup('il7', typing).size).toBe(0);
  });

  it('offers the words a word being typed begins, as partial matches', () => {
    const m = lookup('stem', typing);
    expect(m.get('stemcell')).toEqual({ quality: 0.9, partial: true });
    expect(m.get('stemenhance')?.partial).toBe(true);
    expect(m.has('system')).toBe(false);
    expect(lookup('stem', typo).has('stemcell')).toBe(false); // a finished word begins nothing
  });

  it('forgives a typo in the part typed so far of a long word', () => {
    expect(lookup('rapami', typing).get('rapamycin')?.partial).toBe(true);
  });

  it('finds nothing for a word unlike any', () => {
    expect(lookup('qzxvwpl', typing).size).toBe(0);
  });
});
