/**
 * The right card first: the most specific entry whose context holds opens the card, general entries
 * ride on it as a second line, and a phrase whose sentence is about the body's own cells or another
 * entry's topic opens no card of its own. The sentences are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:evidence-entries';
import { built, matcher } from '../helpers/matcher';
import { createSearch } from '../../utils/search';

const cards = (text: string) =>
  matcher.scan(text).map((m) => ({
    entry: built.index.entries[m.entry].id,
    ...(m.also !== undefined ? { also: built.index.entries[m.also].id } : {}),
  }));

describe('the most specific entry whose context holds wins', () => {
  it.each([
    ['The serum uses stem cells derived from apples to protect skin cells.', 'plant-stem-cells-skincare'],
    ['Grape stem cells and botanical peptides in one night cream.', 'plant-stem-cells-skincare'],
    ['She received hematopoietic stem cells from her brother in a transplant for leukemia.', 'blood-stem-cell-transplants'],
    // Without transplant words the ageing-biology entry keeps its phrase.
    ['Blood stem cells age and favour inflammation in old mice.', 'il1-anakinra-blood-stem-cell-aging'],
    ['We offer stem cell therapy for knees and hips.', 'stem-cell-therapy-general'],
  ])('%s → %s', (text, entry) => {
    expect(cards(text)[0]).toMatchObject({ entry });
  });
});

it('a transplant sentence does not open the IL-1 ageing-study card', () => {
  const opened = cards('Doctors transplanted blood stem cells from a donor to treat the lymphoma.').map((c) => c.entry);
  expect(opened).toEqual(['stem-cell-therapy-general']);
});

it('a general phrase keeps a grammar match from standing alone: one card per named thing', () => {
  // "Rejuvenating" (claim grammar) and a bare "stem cells" both give way; the stem cells stay, once.
  expect(cards('Rejuvenating the stem cells that make all blood cells could slow aging.').map((c) => c.entry)).toEqual([
    'stem-cell-therapy-general',
  ]);
});

describe('general entries ride on the specific card as a second line', () => {
  it('stem cells named in an exosome sentence', () => {
    expect(cards('Exosome therapy uses vesicles from stem cells to renew skin.')).toEqual([
      { entry: 'exosome-therapy', also: 'stem-cell-therapy-general' },
    ]);
  });
  it('exercise performance in a colostrum advert', () => {
    expect(cards('Our colostrum powder supports immunity, gut health and exercise performance for healthy aging.')).toEqual([
      { entry: 'colostrum', also: 'exercise-and-aging' },
    ]);
  });
});

describe('the body’s own cells open no card of their own', () => {
  it('a sentence about hyperbaric oxygen opens only that card', () => {
    expect(cards('Hyperbaric oxygen therapy mobilizes the body’s own stem cells.').map((c) => c.entry)).toEqual(['hyperbaric-oxygen-therapy']);
  });
  it('a sentence about the body’s own stem cells opens none', () => {
    expect(cards('Your body’s own stem cells repair tissue every day.')).toEqual([]);
  });
});

describe('the lookup keeps a shared phrase with the entry that owns it outright', () => {
  const search = createSearch(entries);
  it('"stem cell" finds stem-cell therapy first, not plant stem cells', () => {
    expect(search('stem cell', 1)[0].entry.id).toBe('stem-cell-therapy-general');
    expect(search('apple stem cell', 1)[0].entry.id).toBe('plant-stem-cells-skincare');
  });
});
