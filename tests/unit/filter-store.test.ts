/**
 * The first-pass filter reaches content scripts through storage.local: stored by the background, read
 * by the page only when it belongs to the same build, and a page without it still finds every phrase.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FILTER_KEY, readFilter, storeFilter } from '../../utils/filter-store';
import { createMatcher } from '../../utils/matcher/scan';
import { built, matcher } from '../helpers/matcher';
import type { BrowserApi } from '../../utils/browser-api';

const browser = fakeBrowser as unknown as BrowserApi;

beforeEach(() => fakeBrowser.reset());

describe('filter store', () => {
  it('gives the stored filter back to the same build only', async () => {
    await storeFilter(browser, { id: 'build-a', source: built.index.prefilter });
    expect(await readFilter(browser, 'build-a')).toBe(built.index.prefilter);
    expect(await readFilter(browser, 'build-b')).toBeNull();
    expect(await readFilter(browser, undefined)).toBeNull();
  });

  it('reads nothing from a missing or malformed value', async () => {
    expect(await readFilter(browser, 'build-a')).toBeNull();
    await fakeBrowser.storage.local.set({ [FILTER_KEY]: { id: 'build-a', source: 42 } });
    expect(await readFilter(browser, 'build-a')).toBeNull();
  });
});

describe('a matcher without its filter', () => {
  const text = 'Our clinic offers stem cell therapy and NAD+ IV drips; the Testament of Youth is a book.';
  const pieces = ['Our clinic offers ', 'stem cell', ' therapy and NAD+ IV drips;', ' the Testament of Youth is a book.'];

  it('finds what the filtered matcher finds (every text is read)', () => {
    const bare = createMatcher({ ...built.index, prefilter: '' });
    expect(bare.scan(text)).toEqual(matcher.scan(text));
    expect(bare.candidates(pieces)).toEqual([0, 1, 2, 3]);
  });

  it('scans without it when the stored source does not compile', () => {
    const broken = createMatcher({ ...built.index, prefilter: '' }, { filterSource: '(unclosed' });
    expect(broken.scan(text)).toEqual(matcher.scan(text));
  });
});
