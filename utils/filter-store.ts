/**
 * The filter RegExps (filter-source.ts: phrase prefixes, whole spellings, context words; ~11 KB of
 * source) travel from the background to content scripts through storage.local, so they are not part
 * of the script every page loads. The background writes them whenever it starts; a page reads them
 * together with its settings. A page that finds none, or one from another build, scans without them:
 * slower, same results.
 */
import type { BrowserApi } from './browser-api';

export const FILTER_KEY = 'phraseFilter';

export interface StoredFilter {
  id: string;
  source: string;
}

export async function storeFilter(browser: BrowserApi, filter: StoredFilter): Promise<void> {
  await browser.storage.local.set({ [FILTER_KEY]: filter });
}

/** The stored filter's source when it belongs to this build (`id`), else null. Never throws. */
export async function readFilter(browser: BrowserApi, id: string | undefined): Promise<string | null> {
  if (!id) return null;
  try {
    const stored = (await browser.storage.local.get(FILTER_KEY))[FILTER_KEY] as Partial<StoredFilter> | undefined;
    return stored && stored.id === id && typeof stored.source === 'string' ? stored.source : null;
  } catch {
    return null;
  }
}
