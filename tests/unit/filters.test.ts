/** The filter RegExps: written at build time (filter-source.ts), read in the page (filters.ts). */
import { describe, expect, it } from 'vitest';
import { caseForm, filterSource, trieRegex, wholeWordRegex } from '../../utils/matcher/filter-source';
import { compileFilter, contextKey } from '../../utils/matcher/filters';
import { built } from '../helpers/matcher';

const test = (re: RegExp, text: string, at = 0) => {
  re.lastIndex = at;
  return re.test(text);
};

describe('the filter source', () => {
  it('is shaped like a trie: prefixes stop at the shortest word, whole spellings keep what goes on', () => {
    expect(trieRegex(['stem cell', 'stem s', 'nad', 'nad+'])).toBe('((nad|stem (cell|s)))');
    expect(wholeWordRegex(['nad', 'nads', 'nad+'])).toBe('nad(\\+!|s!|!)');
  });

  it('has the first-pass prefixes, then whole spellings by first character, then context words', () => {
    expect(filterSource({ all: ['peripheral blood stem cell', 'nad', 'nads', 'sleep'], free: ['peripheral blood stem cell', 'nad', 'nads'], needContext: ['sleep'], contextWords: ['aging', 'old'], openContextWords: ['boost'] }).split('\n')).toEqual([
      '((nad|peripheral|sleep))',
      'n\tnad(s!|!)',
      'p\tperipheral blood stem cell!',
      '~s\tsleep!',
      '*\t((aging!|boost|old!))',
      '*keys\t',
      '*topic\t',
    ]);
  });

  it('groups context words by the first two letters of the phrases that need them, shared where equal', () => {
    const group = (words: string[]) => ({ words, open: [] });
    const lines = filterSource({
      all: ['sleep', 'sauna', 'aging'], free: [], needContext: ['sleep', 'sauna', 'aging'], contextWords: ['aging', 'heat', 'slow'], openContextWords: [],
      contextByKey: new Map([['sl', group(['aging'])], ['sa', group(['aging'])], ['ag', group(['slow'])]]),
      topicByKey: new Map([['sl', group(['aging'])], ['sa', group(['aging'])]]),
    }).split('\n');
    expect(lines.slice(-4)).toEqual(['*keys\tag:0,sa:1,sl:1', '*topic\tsa:1,sl:1', '*#0\t(slow!)', '*#1\t(aging!)']);
    const filter = compileFilter(lines.join('\n'))!;
    expect(test(filter.contextWord(contextKey('Sleep'))!, 'healthy aging')).toBe(true);
    expect(test(filter.contextWord(contextKey('Aging'))!, 'healthy aging')).toBe(false);
    expect(test(filter.topicWord(contextKey('Aging'))!, 'slow')).toBe(false); // no topic gives a promise
    expect(test(filter.contextWord(contextKey('Xylitol'))!, 'aging')).toBe(false); // no such key: nothing
    expect([contextKey('B-12 shots'), contextKey('NAD+'), contextKey('a closer look')]).toEqual(['b1', 'na', 'ac']);
  });

  it('writes acronyms with the letter case the scanner checks, other letters in either case', () => {
    expect(caseForm('nad', 'NAD')).toBe('NAD!');
    expect(caseForm('nads', 'NAD')).toBe('NAD[sS]!');
    expect(caseForm('ipsc', 'iPSC')).toBe('iPSC!');
    expect(caseForm('d+q', 'DQ')).toBe('D\\+Q!');
    expect(caseForm('ta sciences', 'TASciences')).toBe('TA Sciences!');
    expect(caseForm('nmn', 'NAD')).toBeNull(); // letters that do not match: matched without case
    const shipped = compileFilter(built.index.prefilter)!;
    expect(test(shipped.whole('n', true, true)!, 'NAD levels')).toBe(true);
    expect(test(shipped.whole('n', true, true)!, 'nad řekou')).toBe(false);
    expect(test(shipped.whole('n', true)!, 'nad řekou')).toBe(false);
  });

  it('refuses a character it cannot spell', () => {
    expect(() => trieRegex(['a.b'])).toThrow(/a\.b/);
  });
});

describe('the filter in the page', () => {
  const filter = compileFilter(
    filterSource({ all: ['stem cell', 'il 1 b', 'peripheral blood', 'nad', 'nads', 'nad+', 'sleep'], free: ['stem cell', 'il 1 b', 'peripheral blood', 'nad', 'nads', 'nad+'], needContext: ['sleep'], contextWords: ['aging', 'iv'], openContextWords: ['boost'] }),
  )!;

  it('first pass: a separator is any run of non-word characters, or none; case does not count', () => {
    for (const text of ['Stem-cell', 'STEM  CELL', 'stem–cell', 'IL1b', 'il-1b', 'Peripherals']) expect(test(filter.first, text), text).toBe(true);
    expect(test(filter.first, 'stem wall')).toBe(false); // (no word boundary: candidates() rejects starts inside words)
  });

  it('whole spellings: only where a phrase is whole and ends a word', () => {
    expect(test(filter.whole('p')!, 'Peripheral-blood cells')).toBe(true);
    expect(test(filter.whole('p')!, 'Peripherals')).toBe(false);
    expect(test(filter.whole('n')!, 'NAD+ and NADs')).toBe(true);
    expect(test(filter.whole('n')!, 'NAD+ and NADs', 9)).toBe(true);
    expect(test(filter.whole('n')!, 'nadsene')).toBe(false);
    expect(test(filter.whole('x')!, 'x')).toBe(false); // no part: nothing starts with "x"
    expect(test(filter.whole('s', true)!, 'Sleep well')).toBe(true);
    expect(test(filter.whole('s')!, 'Sleep well')).toBe(false);
    expect(test(filter.contextWord()!, 'Healthy aging')).toBe(true);
    expect(test(filter.contextWord()!, 'engaging')).toBe(false); // a context word starts a word…
    expect(test(filter.contextWord()!, 'Ivan')).toBe(false); // …and ends one, unless it takes any ending
    expect(test(filter.contextWord()!, 'an IV drip')).toBe(true);
    expect(test(filter.contextWord()!, 'boosters')).toBe(true);
  });

  it('is absent for an empty source (every text is read); an unreadable part rules nothing out', () => {
    expect(compileFilter('')).toBeNull();
    expect(compileFilter('(stem)\ns\t(unclosed')!.whole('s')).toBeNull();
  });

  it('the shipped filter rules out the false passes measured on corpus pages, and keeps real phrases', () => {
    const shipped = compileFilter(built.index.prefilter)!;
    const whole = (text: string) => test(shipped.whole(text[0].toLowerCase())!, text) || test(shipped.whole(text[0].toLowerCase(), true)!, text);
    for (const text of ['Peripherals', 'nadsene', 'nroses are red', 'blood and tissue', 'biological isolation', 'regenerates brain cells'])
      expect(whole(text), text).toBe(false);
    for (const text of ['Stem cell clinics', 'NAD+ boosters', 'young blood', 'Sleep', 'peripheral blood stem cells', 'biological age'])
      expect(whole(text), text).toBe(true);
  });
});
