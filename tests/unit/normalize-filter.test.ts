/**
 * The first pass folds whole strings with native calls (foldForFilter); the scanner folds one
 * character at a time (foldCode). The filter must never be stricter: checked for every character of
 * the Basic Multilingual Plane that folds to something a phrase is spelled with.
 */
import { describe, expect, it } from 'vitest';
import { foldCode, foldForFilter } from '../../utils/matcher/normalize';
import { MAY_FOLD, SKIPPED_ALL } from '../../utils/matcher/scan';

describe('foldForFilter', () => {
  it('reads every BMP character as the scanner does, wherever the scanner sees phrase characters', () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue; // surrogate halves: never in a phrase
      const scanner = foldCode(code);
      if (!/[a-z0-9+:]/.test(scanner)) continue;
      checked++;
      const filter = foldForFilter(String.fromCharCode(code)).toLowerCase();
      if (filter !== scanner) mismatches.push(`U+${code.toString(16)}: ${JSON.stringify(filter)} vs ${JSON.stringify(scanner)}`);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(mismatches).toEqual([]);
  });

  it('stand-ins cover every character outside ASCII that folds to a phrase character, and removal every one that folds to nothing', () => {
    const missing: string[] = [];
    const mayFold = new RegExp(MAY_FOLD.source);
    const skipped = new RegExp(SKIPPED_ALL.source);
    for (let code = 128; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const folded = foldCode(code);
      if (folded === '' ? !skipped.test(c) : /[a-z0-9+:]/.test(folded) && !mayFold.test(c)) missing.push(`U+${code.toString(16)}`);
    }
    expect(missing).toEqual([]);
  });

  it('drops skipped characters and keeps offsets of plain ASCII', () => {
    expect(foldForFilter('Wharton’s jelly')).toBe('Whartons jelly');
    expect(foldForFilter('re\u00adju\u200bvenation')).toBe('rejuvenation');
    expect(foldForFilter('IL-1β, ＮＭＮ, café')).toBe('IL-1b, NMN, cafe');
  });
});
