/**
 * The phrase index reaches content scripts through storage.local (utils/index-store.ts): read only
 * when it belongs to the same build; otherwise the frame asks the background, and fails loudly when
 * no one has it rather than scanning with a wrong index.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { INDEX_KEY, readIndex, storeIndex } from '../../utils/index-store';
import { built } from '../helpers/matcher';
import type { BrowserApi } from '../../utils/browser-api';

const browser = fakeBrowser as unknown as BrowserApi;
/** Storage from WXT's fake browser; the background's answer to runtime.sendMessage from `answer`. */
const withBackground = (answer: unknown) => {
  const sendMessage = vi.fn(async () => answer);
  return { api: { ...fakeBrowser, storage: fakeBrowser.storage, runtime: { ...fakeBrowser.runtime, sendMessage } } as unknown as BrowserApi, sendMessage };
};
const index = { ...built.index, prefilter: '', filterId: 'build-a' };

beforeEach(() => fakeBrowser.reset());

describe('index store', () => {
  it('gives the stored index back to the same build', async () => {
    await storeIndex(browser, { id: 'build-a', index });
    expect(await readIndex(browser, 'build-a')).toEqual(index);
  });

  it("asks the background when storage holds another build's index or none", async () => {
    const { api, sendMessage } = withBackground(index);
    await storeIndex(browser, { id: 'build-b', index: { ...index, filterId: 'build-b' } });
    expect(await readIndex(api, 'build-a')).toEqual(index);
    await fakeBrowser.storage.local.remove(INDEX_KEY);
    expect(await readIndex(api, 'build-a')).toEqual(index);
    expect(sendMessage.mock.calls).toEqual([[{ type: 'get-index' }], [{ type: 'get-index' }]]);
  });

  it('throws when the background answers with an index of another build', async () => {
    const { api } = withBackground({ ...index, filterId: 'build-b' });
    await expect(readIndex(api, 'build-a')).rejects.toThrow(/no phrase index/);
  });
});
