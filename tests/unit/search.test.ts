/** Ranking on a table of real misspellings and spelling variants. */
import { describe, expect, it } from 'vitest';
import { entries } from 'virtual:evidence-entries';
import { createSearch } from '../../utils/search';

const search = createSearch(entries);

describe('lookup ranking', () => {
  it.each([
    ['anakinara', 'il1-anakinra-blood-stem-cell-aging'],
    ['anakinra', 'il1-anakinra-blood-stem-cell-aging'],
    ['IL1 beta', 'il1-anakinra-blood-stem-cell-aging'],
    ['interleukin 1', 'il1-anakinra-blood-stem-cell-aging'],
    ['stemcell clinic', 'unapproved-stem-cell-clinics'],
    ['nicotinamide ribosid', 'nicotinamide-riboside'],
    ['nicotinamid mononucleotide', 'nmn'],
    ['young blod', 'young-blood-plasma-infusions'],
    ['parabiossis', 'heterochronic-parabiosis'],
    ['resveratol', 'resveratrol-sirtuins'],
    ['metformn', 'metformin-aging-tame'],
    ['rapamicin', 'rapamycin'],
    ['vampire facal', 'vampire-facial'],
    ['exosomes', 'exosome-therapy'],
    ['senolytic', 'senolytics'],
    ['epigenetic clok', 'epigenetic-clocks-biological-age'],
    ['human growth hormon', 'human-growth-hormone'],
    ['platelet rich plasma', 'platelet-rich-plasma'],
    ['yamanaka', 'partial-reprogramming-yamanaka'],
    ['turn back the clock', 'age-reversal-marketing'],
    ['haematopoietic stem cell', 'il1-anakinra-blood-stem-cell-aging'],
    // A general query, or the start of one, finds the general entry first.
    ['stem', 'stem-cell-therapy-general'],
    ['rapam', 'rapamycin'],
    ['rapamycin', 'rapamycin'],
    ['exosome', 'exosome-therapy'],
  ])('“%s” finds %s first', (query, id) => {
    expect(search(query)[0]?.entry.id).toBe(id);
  });

  it('finds an entry about biological-age tests first for “biological age test”', () => {
    // Either is right for a reader: the clocks themselves, or the consumer tests built on them (the
    // entry that owns the phrase "biological age test" depends on the data's phrase assignment).
    expect(['epigenetic-clocks-biological-age', 'consumer-biological-age-tests']).toContain(search('biological age test')[0]?.entry.id);
  });

  it('ageing and aging find the same entries', () => {
    expect(search('anti-ageing').map((h) => h.entry.id).slice(0, 3)).toEqual(search('anti-aging').map((h) => h.entry.id).slice(0, 3));
  });

  it('marks where the title matched', () => {
    const [hit] = search('rapamycin');
    expect(hit.titleMatches.length).toBeGreaterThan(0);
    const [s, e] = hit.titleMatches[0];
    expect(hit.entry.title.slice(s, e).toLowerCase()).toContain('rapamycin');
  });

  it('marks the title word a typo stands for', () => {
    const [hit] = search('rapamicin');
    expect(hit.titleMatches.map(([s, e]) => hit.entry.title.slice(s, e).toLowerCase())).toContain('rapamycin');
  });

  it('returns nothing for a single letter and for gibberish', () => {
    expect(search('a')).toEqual([]);
    expect(search('qzxvwpl')).toEqual([]);
  });
});
