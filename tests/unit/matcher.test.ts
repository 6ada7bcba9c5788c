import { describe, expect, it } from 'vitest';
import { found } from '../helpers/matcher';

describe('normalization: spelling variants find the same entry', () => {
  it.each([
    ['IL-1β drives it', 'IL-1β'],
    ['IL-1B drives it', 'IL-1B'],
    ['IL1 beta drives it', 'IL1 beta'],
    ['interleukin-1 beta drives it', 'interleukin-1 beta'],
    ['the IL‑1β signal (non-breaking hyphen)', 'IL‑1β'],
  ])('%s', (text, phrase) => {
    expect(found(text)).toEqual([expect.objectContaining({ text: phrase, entry: 'il1-anakinra-blood-stem-cell-aging' })]);
  });

  it('accepts hyphen, space, dash and line breaks between words', () => {
    for (const text of ['stem-cell therapy', 'stem cell therapy', 'stem–cell therapy', 'stem\ncell therapy', 'stem  cell therapy']) {
      expect(found(text).map((m) => m.entry)).toEqual(['stem-cell-therapy-general']);
    }
  });

  it('accepts British spellings and plurals', () => {
    expect(found('haematopoietic stem cells')[0]).toMatchObject({ entry: 'il1-anakinra-blood-stem-cell-aging' });
    expect(found('anti-ageing creams')[0]).toMatchObject({ entry: 'anti-aging-products-general' });
    expect(found('Stem cell therapies')[0]).toMatchObject({ text: 'Stem cell therapies' });
  });

  it('is case-insensitive and ignores diacritics and full-width forms', () => {
    expect(found('RESVERATROL')[0]).toMatchObject({ entry: 'resveratrol-sirtuins' });
    expect(found('Résvératrol')[0]).toMatchObject({ entry: 'resveratrol-sirtuins' });
    expect(found('ＮＭＮ supplements').map((m) => m.entry)).toEqual(['nmn']);
  });

  it('skips soft hyphens and zero-width spaces inside words', () => {
    expect(found('resver\u00adatrol')[0]).toMatchObject({ text: 'resver\u00adatrol' });
    expect(found('resver\u200batrol')[0]).toMatchObject({ entry: 'resveratrol-sirtuins' });
  });

  it('matches a phrase split across an apostrophe as the entry spells it', () => {
    expect(found("Wharton's jelly injections")[0]).toMatchObject({ entry: 'umbilical-cord-and-amniotic-products' });
  });
});

describe('word boundaries', () => {
  it.each([
    'The nervous system adapts.',
    'This stems from earlier work.',
    'data:image/png;base64,iVBORw0KGgoHGHaAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'token=abc/HGH/xyz+HGH=',
    'HGHx and xHGH',
    'Výlet nad městem a nad řekou',
    'KDE Plasma 6 desktop',
    'The aging infrastructure of the city',
  ])('finds nothing in %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('finds a phrase at the very start and end of a text', () => {
    expect(found('HGH')).toHaveLength(1);
    expect(found('Buy HGH')).toHaveLength(1);
  });

  it('leaves a possessive outside the match', () => {
    expect(found("Kineret's label")[0].text).toBe('Kineret');
  });
});

describe('ambiguous phrases need their context', () => {
  it('young blood only near plasma, infusion or ageing words', () => {
    expect(found('The team needs some young blood in midfield.')).toEqual([]);
    expect(found('Infusing young blood into older bodies has a rejuvenating effect.').map((m) => m.entry)).toContain(
      'young-blood-plasma-infusions',
    );
  });

  it('NAD only as NAD+ or with booster/IV/supplement context', () => {
    expect(found('Hydration and NAD+')[0]).toMatchObject({ entry: 'nad-boosters' });
    expect(found('a diagnostic test to measure NAD levels')[0]).toMatchObject({ entry: 'nad-boosters' });
    expect(found('Dům stojí nad řekou.')).toEqual([]);
  });

  it('metformin only in an ageing context', () => {
    expect(found('Is inositol better than metformin for PCOS?')).toEqual([]);
    expect(found('Can metformin slow aging in healthy people?')[0]).toMatchObject({ entry: 'metformin-aging-tame' });
  });

  it('acronyms that are words need their case', () => {
    expect(found('the TAME trial of metformin and aging').map((m) => m.entry)).toContain('metformin-aging-tame');
    expect(found('a tame trial of metformin and aging').map((m) => m.text)).not.toContain('tame');
  });

  it('plasma alone never matches', () => {
    expect(found('Plasma donations help during the pandemic.')).toEqual([]);
  });
});

describe('claims, mentions and debunking', () => {
  it('claim language makes a claim', () => {
    expect(found('Our stem cell therapy reverses aging.')[0]).toMatchObject({ kind: 'claim', debunked: false });
    expect(found('NMN is clinically proven to turn back the clock.')[0]).toMatchObject({ entry: 'nmn', kind: 'claim' });
  });

  it('a neutral sentence is a mention', () => {
    expect(found('Researchers measured resveratrol levels in 20 volunteers.')[0]).toMatchObject({ kind: 'mention' });
  });

  it('a debunking sentence is still found, and marked', () => {
    const [m] = found('There is no evidence that NMN helps people live longer.');
    expect(m).toMatchObject({ entry: 'nmn', debunked: true });
  });

  it('the judgement is per sentence', () => {
    const matches = found('Resveratrol is sold widely. Our NMN cures aging!');
    expect(matches.map((m) => m.kind)).toEqual(['mention', 'claim']);
  });
});
