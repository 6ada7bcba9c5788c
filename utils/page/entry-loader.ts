/**
 * Full entries for the page, fetched from the background on demand and kept for the page's life:
 * the content script ships only the phrase index, not the evidence texts.
 */
import type { Entry } from '../../data/schema';
import type { BrowserApi } from '../browser-api';

export type EntryLoader = (id: string) => Promise<Entry | null>;

export function createEntryLoader(browser: BrowserApi): EntryLoader {
  const cache = new Map<string, Promise<Entry | null>>();
  return (id) => {
    const cached = cache.get(id);
    if (cached) return cached;
    const loading = browser.runtime.sendMessage({ type: 'get-entry', id }).then(
      (e: unknown) => (e as Entry | null) ?? null,
      () => null,
    );
    cache.set(id, loading);
    return loading;
  };
}
