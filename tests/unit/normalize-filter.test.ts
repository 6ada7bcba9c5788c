/**
 * The first pass and the regex-driven scan read text through stand-ins (one character for one, so
 * offsets hold) instead of folding it: every character outside ASCII that folds to a phrase character
 * must have one, and every character that folds to nothing must be removed. Checked for the whole
 * Basic Multilingual Plane against the scanner's own folding (foldCode).
 */
import { describe, expect, it } from 'vitest';
import { foldCode } from '../../utils/matcher/normalize';
import { MAY_FOLD, SKIPPED_ALL } from '../../utils/matcher/scan';
import { matcher } from '../helpers/matcher';

describe('stand-ins', () => {
  it('cover every character outside ASCII that folds to a phrase character; removal covers every one that folds to nothing', () => {
    const missing: string[] = [];
    const mayFold = new RegExp(MAY_FOLD.source);
    const skipped = new RegExp(SKIPPED_ALL.source);
    let covered = 0;
    for (let code = 128; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const c = String.fromCharCode(code);
      const folded = foldCode(code);
      if (folded === '' ? !skipped.test(c) : /[a-z0-9+:]/.test(folded) && !mayFold.test(c)) missing.push(`U+${code.toString(16)}`);
      else if (/[a-z0-9+:]/.test(folded)) covered++;
    }
    expect(covered).toBeGreaterThan(1000);
    expect(missing).toEqual([]);
  });

  it('let the first pass read accented, full-width, Greek and apostrophe-split spellings', () => {
    for (const text of ['Wharton’s jelly', 're\u00adju\u200bvenation therapy', 'IL-1β', 'ＮＭＮ powder', 'cellules souches, NAD+ intraveineux']) {
      expect(matcher.candidates([text]), text).toEqual([0]);
    }
    // A text with a character that has no stand-in ("ﬁ", "™") is read folded: a candidate only if a
    // phrase could be there, and then without word-edge checks ("NMN™" reads "nmntm").
    expect(matcher.candidates(['a ﬁne day', 'nothing here', '6 ½ minutes'])).toEqual([]);
    expect(matcher.candidates(['nothing here', 'ﬁsetin powder'])).toEqual([1]);
    expect(matcher.candidates(['NMN™ capsules'])).toEqual([0]);
    expect(matcher.candidates(['Try ', 'NM', 'N™ capsules'])).toEqual([1, 2]);
  });
});
