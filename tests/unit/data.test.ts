/** The shipped evidence base, and the checker's promises on bad data (file and field named). */
import { describe, expect, it } from 'vitest';
import { loadEvidenceBase, readBibliography } from '../../data/load-from-disk';
import { validateEntries, type EntryFile } from '../../data/validate';
import { SUMMARY_MAX } from '../../data/schema';

const base = loadEvidenceBase({ requireBibliography: true });

describe('the shipped evidence base', () => {
  it('is valid, with at least 50 entries', () => {
    expect(base.errors).toEqual([]);
    expect(base.entries.length).toBeGreaterThanOrEqual(50);
  });

  it('covers the topics the product promises', () => {
    const ids = new Set(base.entries.map((e) => e.id));
    for (const id of [
      'il1-anakinra-blood-stem-cell-aging', 'young-blood-plasma-infusions', 'heterochronic-parabiosis', 'gdf11',
      'therapeutic-plasma-exchange', 'unapproved-stem-cell-clinics', 'blood-stem-cell-transplants', 'exosome-therapy',
      'platelet-rich-plasma', 'vampire-facial', 'senolytics', 'nmn', 'nicotinamide-riboside', 'nad-iv-drips',
      'metformin-aging-tame', 'rapamycin', 'epigenetic-clocks-biological-age', 'partial-reprogramming-yamanaka',
      'age-reversal-marketing', 'regenerative-wellness-programs',
    ]) expect(ids).toContain(id);
  });

  it('every entry has 2+ https sources and a short summary', () => {
    for (const e of base.entries) {
      expect(e.sources.length, e.id).toBeGreaterThanOrEqual(2);
      expect(e.summary.length, e.id).toBeLessThanOrEqual(SUMMARY_MAX);
      for (const s of e.sources) expect(s.url, e.id).toMatch(/^https:\/\//);
    }
  });
});

const good = base.entries.find((e) => e.id === 'gdf11')!;
const file = (id: string, patch: Record<string, unknown> = {}, drop: string[] = []): EntryFile => {
  const entry: Record<string, unknown> = { ...structuredClone(good), id, related: [], ...patch };
  for (const key of drop) delete entry[key];
  return { path: `data/entries/${id}.json`, text: JSON.stringify(entry) };
};
const errorsOf = (files: EntryFile[], today = '2026-11-29') => validateEntries(files, readBibliography(), today).errors;

describe('check:data names the file and field of every problem', () => {
  it.each([
    ['a missing field', file('a', {}, ['summary']), /a\.json: summary:/],
    ['an unknown field', file('a', { mood: 'happy' }), /a\.json: mood:/],
    ['a summary over 320 characters', file('a', { summary: 'x'.repeat(321) }), /a\.json: summary: must be at most 320/],
    ['fewer than two sources', file('a', { sources: good.sources.slice(0, 1) }), /a\.json: sources: needs at least two/],
    ['a non-https link', file('a', { sources: [{ ...good.sources[0], url: 'http://example.com' }, good.sources[1]] }), /a\.json: sources\.0\.url: must be an https/],
    ['a malformed DOI', file('a', { sources: [{ ...good.sources[0], doi: 'doi:10/x' }, good.sources[1]] }), /a\.json: sources\.0\.doi:/],
    ['a malformed PMID', file('a', { sources: [{ ...good.sources[0], pmid: 'PMID 123' }, good.sources[1]] }), /a\.json: sources\.0\.pmid:/],
    ['a related id that does not exist', file('a', { related: ['no-such-entry'] }), /a\.json: related\[0\]: no entry "no-such-entry"/],
    ['a review date in the future', file('a', { reviewed: '2030-01-01' }), /a\.json: reviewed: 2030-01-01 is in the future/],
    ['an id that is not the file name', { ...file('a'), path: 'data/entries/b.json' }, /b\.json: id: "a" must equal the file name "b"/],
    ['a title that disagrees with the bibliography', file('a', { sources: [{ ...good.sources[0], title: 'Something else' }, good.sources[1]] }), /a\.json: sources\[0\]\.title: .* disagrees with the bibliography/],
    ['a year that disagrees with the bibliography', file('a', { sources: [{ ...good.sources[0], year: 1999 }, good.sources[1]] }), /a\.json: sources\[0\]\.year: 1999 disagrees/],
    ['a source neither in the bibliography nor confirmed', file('a', { sources: [{ title: 'T', publisher: 'P', year: 2020, url: 'https://example.org/x', kind: 'news' }, good.sources[1]] }), /a\.json: sources\[0\]\.verifiedAt:/],
    ['invalid JSON', { path: 'data/entries/a.json', text: '{ "id": ' }, /a\.json: not valid JSON/],
  ])('%s', (_name, bad, message) => {
    expect(errorsOf([bad]).join('\n')).toMatch(message);
  });

  it('a phrase claimed by two entries, even in another spelling', () => {
    const errors = errorsOf([file('a', { phrases: ['GDF11'] }), file('b', { phrases: ['Gdf-11'] })]);
    expect(errors.join('\n')).toMatch(/b\.json: phrases\[0\]: "Gdf-11" is also claimed by data\/entries\/a\.json/);
  });
});
