/** The shipped evidence base, and the checker's promises on bad data (file and field named). */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEvidenceBase, readBibliography, PROJECT_ROOT } from '../../data/load-from-disk';
import { validateEntries, type EntryFile } from '../../data/validate';
import { SUMMARY_MAX } from '../../data/schema';
import { validateLanguage } from '../../data/validate-language';

const base = loadEvidenceBase({ requireBibliography: true });

describe('the shipped evidence base', () => {
  it('is valid, with at least 150 entries', () => {
    expect(base.errors).toEqual([]);
    expect(base.entries.length).toBeGreaterThanOrEqual(150);
  });

  it('links no copies of papers: every source goes to its primary page', () => {
    const weak = /studylib|docksci|scribd|vdocuments|researchgate|vlex|casetext|justia|einpresswire|:\/\/\d+\.\d+\.\d+\.\d+/;
    for (const e of base.entries) for (const s of e.sources) expect(s.url, e.id).not.toMatch(weak);
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
    ['a missing why sentence', file('a', {}, ['why']), /a\.json: why: every entry says/],
    ['a why sentence over 240 characters', file('a', { why: 'x'.repeat(241) }), /a\.json: why: must be at most 240/],
    ['a one-letter phrase', file('a', { phrases: ['x'] }), /a\.json: phrases\[0\]: "x" is a single character/],
    ['a phrase of stop words alone', file('a', { phrases: ['of the'] }), /a\.json: phrases\[0\]: "of the" is only stop words/],
    ['a context word that matches anything', file('a', { phrases: [{ text: 'GDF11', near: ['a*'] }] }), /a\.json: phrases\[0\]\.near\[0\]: "a\*"/],
    ['a phrase the scanner cannot read', file('a', { phrases: ['GHRH(1-29)'] }), /a\.json: phrases\[0\]: "GHRH\(1-29\)" cannot be matched/],
    ['a copy of a paper as the link', file('a', { sources: [{ ...good.sources[0], url: 'https://www.scribd.com/doc/1' }, good.sources[1]] }), /a\.json: sources\[0\]\.url: www\.scribd\.com is a copy/],
    ['an address instead of a site', file('a', { sources: [{ ...good.sources[0], url: 'https://47.1.2.3/pubmed/1' }, good.sources[1]] }), /a\.json: sources\[0\]\.url: 47\.1\.2\.3 is an address/],
    ['warning without a regulator', file('a', { verdict: 'warning' }), /a\.json: verdict: "warning" needs a source of kind "regulatory"/],
    ['disproven without a trial', file('a', { verdict: 'disproven' }), /a\.json: verdict: "disproven" needs a source of kind "rct" or "systematic-review"/],
    ['established without a review or trials', file('a', { verdict: 'established', evidence: 'humans-rct' }), /a\.json: verdict: "established" needs a "systematic-review" or "guideline" source/],
    ['promising in humans on animal evidence', file('a', { verdict: 'promising-in-humans' }), /a\.json: verdict: "promising-in-humans" needs evidence "humans-rct"/],
    ['animal-or-lab-only citing a human trial', file('a', { sources: [{ ...good.sources[0], kind: 'rct' }, good.sources[1]] }), /a\.json: verdict: "animal-or-lab-only" cannot cite a trial in people/],
    ['trials in people without a trial source', file('a', { verdict: 'unproven', evidence: 'humans-rct' }), /a\.json: evidence: "humans-rct" needs a source of kind "rct" or "systematic-review"/],
  ])('%s', (_name, bad, message) => {
    expect(errorsOf([bad]).join('\n')).toMatch(message);
  });

  it('a phrase claimed by two entries, even in another spelling', () => {
    const errors = errorsOf([file('a', { phrases: ['GDF11'] }), file('b', { phrases: ['Gdf-11'] })]);
    expect(errors.join('\n')).toMatch(/b\.json: phrases\[0\]: "Gdf-11" is also claimed by data\/entries\/a\.json/);
  });
});

describe('check:data checks the language files too', () => {
  const entries = base.entries;
  const cues = { path: 'data/cues.json', text: JSON.stringify({ claim: ['clinically proven'], debunk: ['no evidence'] }) };
  const grammar = (patch: Record<string, unknown>) => ({
    path: 'data/claim-grammar.json',
    text: JSON.stringify({
      rules: [{ name: 'r', entry: 'anti-aging-products-general', window: 3, promises: ['slows'] }],
      targets: ['aging process'],
      bareTargets: [],
      followers: [],
      forms: [],
      ...patch,
    }),
  });
  const stance = { path: 'data/stance.json', text: readFileSync(join(PROJECT_ROOT, 'data', 'stance.json'), 'utf8') };
  const errorsFor = (patch: Record<string, unknown>) => validateLanguage({ cues, grammar: grammar(patch), stance }, entries).errors.join('\n');

  it('accepts a good grammar', () => {
    expect(errorsFor({})).toBe('');
  });
  it.each([
    ['an empty target list', { targets: [] }, /claim-grammar\.json: targets: needs at least one target/],
    ['a stop word as a target', { targets: ['the'] }, /claim-grammar\.json: targets\[0\]: "the" is only stop words/],
    ['a one-letter promise', { rules: [{ name: 'r', entry: 'anti-aging-products-general', window: 3, promises: ['x'] }] }, /rules\[0\]\.promises\[0\]: "x" is a single character/],
    ['a rule for an entry that does not exist', { rules: [{ name: 'r', entry: 'nope', window: 3, promises: ['slows'] }] }, /rules\[0\]\.entry: no entry "nope"/],
    ['a window too wide', { rules: [{ name: 'r', entry: 'anti-aging-products-general', window: 40, promises: ['slows'] }] }, /rules\.0\.window: must be at most 6 words/],
    ['bare targets without followers', { bareTargets: ['aging'] }, /followers: bare targets need follower words/],
    ['a form that repeats an entry phrase', { forms: [{ entry: 'nmn', phrases: ['NMN'] }] }, /forms\[0\]\.phrases\[0\]: "NMN" is already a phrase of data\/entries\/nmn\.json/],
  ])('%s', (_name, patch, message) => {
    expect(errorsFor(patch)).toMatch(message);
  });
});
