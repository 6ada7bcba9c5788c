/**
 * The tab the popup talks about: the active tab of its window, or the tab named in the address
 * (`popup.html?tab=12`) when the popup was opened as a page of its own (context-menu fallback, tests).
 */
import { browser } from 'wxt/browser';
import { PageStateSchema, parseMessage, type PageState } from './messages';

export async function targetTabId(search = location.search): Promise<number | null> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The content script's report, or null when the page has none (browser pages, PDFs, stores…). */
export async function fetchPageState(tabId: number): Promise<PageState | null> {
  try {
    const answer = await browser.tabs.sendMessage(tabId, { type: 'get-page-state', waitForIdle: true }, { frameId: 0 });
    return parseMessage(PageStateSchema, answer, 'popup');
  } catch {
    return null;
  }
}

export async function revealInTab(tabId: number, entry: string): Promise<boolean> {
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'reveal', entry }, { frameId: 0 })) === true;
  } catch {
    return false;
  }
}
