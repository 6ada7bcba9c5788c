/**
 * The phrase data reaches content scripts through storage.local: stored by the background, read by
 * the page only when it belongs to the same build, asked of the background when storage has none; and
 * a matcher without its first-pass filter still finds every phrase.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PAGE_DATA_KEY, loadPageData, readPageData, storePageData, withPageData, type PageData } from '../../utils/page-data-store';
import { createMatcher } from '../../utils/matcher/scan';
import { built, matcher } from '../helpers/matcher';
import type { BrowserApi } from '../../utils/browser-api';

const browser = fakeBrowser as unknown as BrowserApi;
const { prefilter, trie, context, phrases, ...rest } = built.index;
const data = (id: string): PageData => ({ id, prefilter, trie, context, phrases });

beforeEach(() => fakeBrowser.reset());

describe('page data store', () => {
  it('gives the stored data back to the same build only', async () => {
    await storePageData(browser, data('build-a'));
    expect(await readPageData(browser, 'build-a')).toEqual(data('build-a'));
    expect(await readPageData(browser, 'build-b')).toBeNull();
  });

  it('reads nothing from a missing or malformed value', async () => {
    expect(await readPageData(browser, 'build-a')).toBeNull();
    await fakeBrowser.storage.local.set({ [PAGE_DATA_KEY]: { id: 'build-a', prefilter: 42 } });
    expect(await readPageData(browser, 'build-a')).toBeNull();
  });

  it('asks the background when storage has none of this build', async () => {
    const asked: unknown[] = [];
    const background = {
      ...browser,
      runtime: {
        ...browser.runtime,
        sendMessage: async (message: unknown) => {
          asked.push(message);
          return data('build-a');
        },
      },
    } as unknown as BrowserApi;
    expect(await loadPageData(background, 'build-a')).toEqual(data('build-a'));
    expect(asked).toEqual([{ type: 'get-page-data' }]);
    expect(await loadPageData(background, 'build-b')).toBeNull(); // the background's data is of another build
  });

  it('puts the shipped part and the data back together into the index the build made', () => {
    expect(withPageData({ ...rest, dataId: 'build-a' }, data('build-a'))).toEqual(built.index);
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

  it('scans without it when the source does not compile', () => {
    const broken = createMatcher({ ...built.index, prefilter: '' }, { filterSource: '(unclosed' });
    expect(broken.scan(text)).toEqual(matcher.scan(text));
  });
});
