/** Property-based tests: whatever the text, the matcher never throws and its offsets make sense. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matcher, built } from '../helpers/matcher';
import { createMatcher } from '../../utils/matcher/scan';

const phraseBits = [
  'stem cell', 'NAD+', 'IL-1β', 'young blood', 'plasma', 'HGH', 'anti-aging', 'NMN', 'telomere', 'reverse aging', 'Wharton',
  "'s jelly", '5:2 diet', 'B12',
  // Phrases that need a context word, the words, and near misses of whole spellings (the scan's gate).
  'sleep', 'Exercise', 'testosterone', 'NAD', 'NADs', 'older', 'low', 'boosters', 'aging', 'IV', 'Ivan', 'lower', 'nad', 'Nad', 'TAME', 'tame', 'PRP', 'prp', 'iPSC', 'IPSC', 'ＰＲＰ', 'peripheral blood stem cells', 'Peripherals', 'biological age', 'nadšené', 's', '1', '+', '.', ' ', '-', '\u00ad', '\u2029', '\u00a0', '\u2014', '\u2019', '\u201c', "'", '_', '/', 'é', 'ﬁ', 'Ｎ', 'ä', '干', '…', 'Ⓐ', '™', '㋀', 'ʼ',
];
const textWithPhrases = fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom(...phraseBits)), { maxLength: 40 }).map((parts) => parts.join(''));

describe('matcher properties', () => {
  it('never throws on random Unicode and keeps offsets inside the text, in order, without overlap', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), textWithPhrases), (text) => {
        const matches = matcher.scan(text);
        let last = 0;
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(last);
          expect(m.end).toBeGreaterThan(m.start);
          expect(m.end).toBeLessThanOrEqual(text.length);
          last = m.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same results whatever the letter case (phrases without a required case)', () => {
    const caseFree = (text: string) =>
      matcher
        .scan(text)
        .filter((m) => matcher.index.phrases[m.phrase].caseLetters === undefined)
        .map((m) => [m.start, m.end, m.entry]);
    fc.assert(
      fc.property(textWithPhrases, (text) => {
        // Only ASCII case changes keep offsets identical (some Unicode letters change length).
        const upper = text.replace(/[a-z]/g, (c) => c.toUpperCase());
        const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
        // An acronym found in one case only ("PRP") may make a general entry beside it give way.
        const cased = (t: string) => matcher.scan(t).some((m) => matcher.index.phrases[m.phrase].caseLetters !== undefined);
        fc.pre(!cased(upper) && !cased(lower));
        expect(caseFree(upper)).toEqual(caseFree(lower));
      }),
      { numRuns: 400 },
    );
  });

  it('scanning in slices finds the same matches as scanning at once', () => {
    fc.assert(
      fc.property(textWithPhrases, fc.integer({ min: 1, max: 50 }), (text, size) => {
        const whole = matcher.scan(text).map((m) => [m.start, m.end]);
        const out: ReturnType<typeof matcher.scan> = [];
        for (let from = 0; from < text.length; from += size) matcher.scan(text, out, from, Math.min(text.length, from + size));
        // As the page scanner does: drop the overlaps at slice edges, then settle the whole text once.
        const kept: typeof out = [];
        let lastEnd = -1;
        for (const m of out) {
          if (m.start < lastEnd) continue;
          kept.push(m);
          lastEnd = m.end;
        }
        expect(matcher.settle(text, kept).map((m) => [m.start, m.end])).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

/** Cuts a text into pieces at the given points (text nodes), in order. */
const cut = (text: string, points: number[]) => {
  const at = [...new Set(points.map((p) => p % (text.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, k) => text.slice(from, k < at.length ? at[k] : text.length));
};

describe('the regex-driven scan', () => {
  const reference = createMatcher(built.index, { charByChar: true });
  it('finds exactly what reading every character finds, whole and in slices', () => {
    fc.assert(
      fc.property(textWithPhrases, fc.integer({ min: 1, max: 50 }), (text, size) => {
        expect(matcher.scan(text)).toEqual(reference.scan(text));
        for (let from = 0; from < text.length; from += size) {
          const to = Math.min(text.length, from + size);
          expect(matcher.scan(text, [], from, to)).toEqual(reference.scan(text, [], from, to));
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 1000) },
    );
  });
});

describe('the first pass (candidates) never hides a match', () => {
  it('marks a piece of every match the scanner finds, however the text is cut into nodes', () => {
    fc.assert(
      fc.property(textWithPhrases, fc.array(fc.nat(), { maxLength: 8 }), (text, points) => {
        const pieces = cut(text, points);
        const marked = new Set(matcher.candidates(pieces));
        const starts: number[] = [];
        pieces.reduce((at, piece) => (starts.push(at), at + piece.length), 0);
        for (const m of matcher.scan(pieces.join(''))) {
          const touched = pieces.map((_, k) => k).filter((k) => starts[k] < m.end && starts[k] + pieces[k].length > m.start);
          expect(touched.some((k) => marked.has(k)), `${JSON.stringify(pieces)} → ${m.start}-${m.end}`).toBe(true);
        }
      }),
      { numRuns: Number(process.env.RUNS ?? 500) },
    );
  });

  it('passes every labelled positive sentence, and phrases split across nodes', async () => {
    const { evalSentences } = await import('../helpers/shared');
    for (const s of evalSentences().filter((x) => x.label === 'positive')) expect(matcher.candidates([s.text]), s.text).toEqual([0]);
    const split: [string[], number[]][] = [
      [['Our ', 'S', 'tem cells'], [1, 2]],
      [['young ', 'blood', ' for older people'], [0, 1]],
      [['young ', 'blood', ' for sale'], []], // "young blood" needs a context word
      [['Home', 'Stem cells'], [1]],
      [['IL-', '1β blockers'], [0, 1]],
      [['Wharton’s ', 'jelly'], [0, 1]],
      [['Ｎ', 'ＭＮ powder'], [0, 1]],
      [['nothing ', 'here ', 'at all'], []],
      // Inside a word no phrase starts ("tame", "nmn"), but a text may start one.
      [['A testament', ' to xnmn'], []],
      [['Tame', ' trial'], [0]],
      [['Menu', 'NMN powder'], [1]],
      // A prefix is not enough: the whole spelling must be there and end a word, or end a text.
      [['Peripherals', 'Peripheral blood stem cells'], [1]],
      [['Peripheral blood', ' stem cells'], [0, 1]],
      [['nadšené ohlasy'], []],
      // An acronym's case counts (the scanner checks it): "nad" and "Nad" are Czech words, not NAD.
      [['Nad městem', ' nad řekou'], []],
      [['NAD levels'], [0]],
      [['ＮＡＤ levels'], [0]],
      [['PRP injections', 'prp'], [0]],
      // A phrase that needs a context word needs one within its paragraph's reach of the joined texts
      // (a menu item alone is no claim), and a text may hold it.
      [['NAD', 'Menu'], []],
      [['Sleep Disorders', 'Fitness', 'Aging Well'], [0]], // "aging" alone needs a promise before it
      [['Sleep Disorders', 'Fitness'], []],
      [['Poor ', 'sleep', ' speeds ageing'], [1]],
      [['young blood transfusion', 'stream'], [0]],
    ];
    for (const [pieces, expected] of split) expect(matcher.candidates(pieces), JSON.stringify(pieces)).toEqual(expected);
    // Told where blocks break, context stays on its own side of the break.
    expect(matcher.candidates(['Sleep Disorders', 'Healthy aging'], (k) => k === 1)).toEqual([]);
    expect(matcher.candidates(['Sleep Disorders', 'Healthy aging'], () => false)).toEqual([0]);
    expect(matcher.candidates(['Menu', 'Poor sleep', ' may speed up ageing'], (k) => k === 1)).toEqual([1]);
  });
});
