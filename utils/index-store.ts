/**
 * The phrase index travels from the background to content scripts through storage.local, like the
 * filter (filter-store.ts): the content script runs in every frame of every page, and an index inside
 * it (~110 KB of source) would be parsed by every ad slot and tracker frame, which never use it. The
 * background writes it whenever it starts; a frame that starts the app reads it. A frame that finds
 * none, or one from another build (an update not yet stored), asks the background for it.
 */
import type { BrowserApi } from './browser-api';
import type { CompiledIndex } from './matcher/compile';

export const INDEX_KEY = 'phraseIndex';

export interface StoredIndex {
  id: string;
  index: CompiledIndex;
}

export async function storeIndex(browser: BrowserApi, stored: StoredIndex): Promise<void> {
  await browser.storage.local.set({ [INDEX_KEY]: stored });
}

const isIndex = (value: unknown): value is CompiledIndex =>
  !!value && typeof value === 'object' && (value as CompiledIndex).version === 3 && Array.isArray((value as CompiledIndex).entries);

/** This build's index (`id`): from storage, else from the background. Throws when neither has it. */
export async function readIndex(browser: BrowserApi, id: string): Promise<CompiledIndex> {
  try {
    const stored = (await browser.storage.local.get(INDEX_KEY))[INDEX_KEY] as Partial<StoredIndex> | undefined;
    if (stored && stored.id === id && isIndex(stored.index)) return stored.index;
  } catch {
    // storage unavailable: ask the background
  }
  const answer = await browser.runtime.sendMessage({ type: 'get-index' });
  if (!isIndex(answer) || answer.filterId !== id) throw new Error('the background has no phrase index for this build');
  return answer;
}
