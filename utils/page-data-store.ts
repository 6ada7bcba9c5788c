/**
 * The phrase data pages scan with (the first-pass RegExp source, the phrase trie, context words and
 * phrase rules: ~120 KB as JSON) travels from the background to content scripts through
 * storage.local, so it is not part of the script every page and frame loads; the script ships only
 * the entries' ids and verdicts. The background writes it whenever it starts; a page reads it together
 * with its settings. A page that finds none, or one from another build (the first page after an
 * update), asks the background for it instead.
 */
import type { BrowserApi } from './browser-api';
import type { CompiledIndex } from './matcher/compile';

export const PAGE_DATA_KEY = 'pageData';

/** The parts of the compiled index that travel through storage. */
export type PageData = Pick<CompiledIndex, 'prefilter' | 'trie' | 'context' | 'phrases'> & { id: string };
/** What the content script itself ships. */
export type ShippedIndex = Omit<CompiledIndex, keyof PageData> & { dataId: string };

export async function storePageData(browser: BrowserApi, data: PageData): Promise<void> {
  await browser.storage.local.set({ [PAGE_DATA_KEY]: data });
}

const isPageData = (value: unknown, id: string): value is PageData => {
  const d = value as Partial<PageData> | undefined;
  return !!d && d.id === id && typeof d.prefilter === 'string' && !!d.trie && !!d.context && Array.isArray(d.phrases);
};

/** The stored page data when it belongs to this build (`id`), else null. Never throws. */
export async function readPageData(browser: BrowserApi, id: string): Promise<PageData | null> {
  try {
    const stored = (await browser.storage.local.get(PAGE_DATA_KEY))[PAGE_DATA_KEY];
    return isPageData(stored, id) ? stored : null;
  } catch {
    return null;
  }
}

/** Waits before asking the background again: it may still be starting (just installed or woken). */
const RETRY_MS = [250, 1000, 3000];

/** From storage, or else from the background; null only when neither has this build's data. */
export async function loadPageData(browser: BrowserApi, id: string): Promise<PageData | null> {
  for (let attempt = 0; ; attempt++) {
    const stored = await readPageData(browser, id);
    if (stored) return stored;
    try {
      const sent = await browser.runtime.sendMessage({ type: 'get-page-data' });
      if (isPageData(sent, id)) return sent;
      if (sent) return null; // the background answered with another build's data: an update is under way
    } catch {
      // No answer yet.
    }
    if (attempt >= RETRY_MS.length) return null;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS[attempt]));
  }
}

/** The full index: what the script ships plus the page data. */
export function withPageData(shipped: ShippedIndex, data: PageData): CompiledIndex {
  const { dataId: _dataId, ...rest } = shipped;
  const { id: _id, ...parts } = data;
  return { ...rest, ...parts };
}

export const isComplete = (index: CompiledIndex | ShippedIndex): index is CompiledIndex => 'trie' in index;
