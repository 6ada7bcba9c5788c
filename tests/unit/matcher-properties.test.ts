/** Property-based tests: whatever the text, the matcher never throws and its offsets make sense. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matcher } from '../helpers/matcher';

const phraseBits = ['stem cell', 'NAD+', 'IL-1β', 'young blood', 'plasma', 'HGH', 'anti-aging', 'NMN', 'telomere', 'reverse aging', '.', ' ', '-', '\u00ad', '\u2029'];
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
        expect(caseFree(upper)).toEqual(caseFree(lower));
      }),
      { numRuns: 400 },
    );
  });

  it('scanning in slices finds the same matches as scanning at once', () => {
    fc.assert(
      fc.property(textWithPhrases, fc.integer({ min: 1, max: 50 }), (text, size) => {
        const whole = matcher.scan(text).map((m) => [m.start, m.end]);
        const sliced: number[][] = [];
        const out: ReturnType<typeof matcher.scan> = [];
        for (let from = 0; from < text.length; from += size) matcher.scan(text, out, from, Math.min(text.length, from + size));
        let lastEnd = -1;
        for (const m of out) if (m.start >= lastEnd) sliced.push([m.start, m.end]), (lastEnd = m.end);
        expect(sliced).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the first-pass filter (mayMatch) never hides a match', () => {
  it('says "maybe" for every text where the scanner finds something', () => {
    fc.assert(
      fc.property(textWithPhrases, (text) => {
        if (matcher.scan(text).length) expect(matcher.mayMatch(text)).not.toBe(0);
      }),
      { numRuns: 500 },
    );
  });

  it('says "maybe" for every labelled positive sentence and for split words', async () => {
    const { evalSentences } = await import('../helpers/shared');
    for (const s of evalSentences().filter((x) => x.label === 'positive')) expect(matcher.mayMatch(s.text), s.text).not.toBe(0);
    for (const piece of ['young', 'Our S', 'IL-', 'stem ', 'NAD', 'anti-']) expect(matcher.mayMatch(piece), piece).not.toBe(0);
  });
});
