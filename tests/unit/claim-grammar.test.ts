/**
 * The claim grammar (data/claim-grammar.json): a promise before an ageing target, fixed claim forms,
 * and what must not match. Sentences written for this test, in the shapes real marketing uses.
 */
import { describe, expect, it } from 'vitest';
import { found, matcher } from '../helpers/matcher';

const claims = (text: string) => found(text).map((m) => `${m.text} → ${m.entry} (${m.kind})`);

describe('a promise followed by an ageing target is a claim', () => {
  it.each([
    ['Our serum visibly slows the aging process.', 'slows the aging process → anti-aging-products-general (claim)'],
    ['This cream helps reduce fine lines in two weeks.', 'reduce fine lines → anti-aging-products-general (claim)'],
    ['Finally, a way to turn back the hands of time!', 'turn back the hands of time → age-reversal-marketing (claim)'],
    ['The program reverses the signs of aging naturally.', 'reverses the signs of aging → age-reversal-marketing (claim)'],
    ['Designed to fight premature ageing of the skin.', 'fight premature ageing → anti-aging-products-general (claim)'],
    ['It can stop aging, and we can prove it.', 'stop aging → age-reversal-marketing (claim)'],
    ['Say hello to younger-looking skin.', 'younger-looking skin → anti-aging-products-general (claim)'],
    ['You could be 10 biological years younger.', 'biological years → epigenetic-clocks-biological-age (claim)'],
    ['Two people born the same day can differ by ten biological years.', 'biological years → epigenetic-clocks-biological-age (mention)'],
  ])('%s', (text, expected) => {
    expect(claims(text)).toContain(expected);
  });
});

describe('what the grammar leaves alone', () => {
  it.each([
    'Cities must stop aging pipes from bursting.',
    'We need to prevent aging infrastructure from failing.',
    'Slow aging wine in oak barrels for a deeper taste.',
    'The museum restored the aging frescoes.',
    'Aging is a natural process.',
  ])('%s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('a sentence that names an entry gets that entry, not the generic claim', () => {
    expect(found('Tretinoin cream reduces fine lines and wrinkles.').map((m) => m.entry)).not.toContain('anti-aging-products-general');
    expect(found('Resveratrol slows the aging process, sellers say.').map((m) => m.entry)).toEqual(['resveratrol-sirtuins']);
  });

  it('the promise must come within a few words of the target', () => {
    expect(found('We stop by the shop on weekends to hear old stories about the aging process.')).toEqual([]);
  });
});

describe('context at the scale of the paragraph and the page', () => {
  it('an abbreviation counts when its paragraph gives the context', () => {
    const text = 'Our red light therapy panels are here.\n\nRLT stimulates collagen.';
    expect(found(text).map((m) => m.text)).toContain('RLT');
    const para = 'We sell infrared panels and LED masks for home use. RLT is quick.';
    const m = matcher.scan(para).find((x) => para.slice(x.start, x.end) === 'RLT');
    expect(m?.context).toEqual({ from: 'paragraph', start: para.indexOf('infrared'), end: para.indexOf('infrared') + 'infrared'.length });
  });

  it('or when the page is about it, and not otherwise', () => {
    const text = 'RLT is quick and painless.';
    expect(found(text)).toEqual([]);
    matcher.setPageContext('Red light therapy at home: LED masks compared');
    try {
      expect(matcher.scan(text).map((m) => [text.slice(m.start, m.end), m.context])).toEqual([['RLT', { from: 'page' }]]);
    } finally {
      matcher.setPageContext('');
    }
  });
});
