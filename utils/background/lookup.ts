/**
 * "Look up “…” in Evidence Lens": the selection is handed to the popup through local storage (the popup
 * reads and clears it), then the popup is opened; where a browser refuses to open it programmatically,
 * the same page opens in a tab with the query in its address.
 */
import { browser } from 'wxt/browser';

export const PENDING_LOOKUP_KEY = 'pendingLookup';
/** A pending look-up older than this is stale (the popup was not opened after all). */
export const PENDING_LOOKUP_TTL_MS = 60_000;

export const cleanQuery = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 200);

export async function openLookup(query: string): Promise<void> {
  const q = cleanQuery(query);
  await browser.storage.local.set({ [PENDING_LOOKUP_KEY]: { query: q, at: Date.now() } });
  const action = (browser as any).action ?? (browser as any).browserAction;
  try {
    await action.openPopup();
  } catch {
    // No popup to take it: the query travels in the tab's address instead, and nothing is left pending
    // for the next toolbar popup to pick up.
    await browser.storage.local.remove(PENDING_LOOKUP_KEY);
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(q)}` as any) });
  }
}

/** Called by the popup: the pending query, if fresh, and forgets it. */
export async function takePendingLookup(): Promise<string | null> {
  const stored = (await browser.storage.local.get(PENDING_LOOKUP_KEY))[PENDING_LOOKUP_KEY] as
    | { query?: unknown; at?: unknown }
    | undefined;
  await browser.storage.local.remove(PENDING_LOOKUP_KEY);
  if (!stored || typeof stored.query !== 'string' || typeof stored.at !== 'number') return null;
  return Date.now() - stored.at < PENDING_LOOKUP_TTL_MS ? stored.query : null;
}
