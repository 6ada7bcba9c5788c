/**
 * Tells the background which entries this frame has highlighted (the toolbar badge counts them over
 * all frames of the tab), and whether its site is paused. Bursts of changes are sent once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BrowserApi } from '../browser-api';
import type { ToBackground } from '../messages';

const REPORT_MS = 250;

export function createBadgeReport(
  ctx: ContentScriptContext,
  browser: BrowserApi,
  read: () => { entries: string[]; paused: boolean },
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  ctx.onInvalidated(() => clearTimeout(timer));
  return function report() {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (ctx.isInvalid) return;
      const { entries, paused } = read();
      const message: ToBackground = { type: 'page-entries', entries, ...(paused ? { paused } : {}) };
      browser.runtime.sendMessage(message).catch(() => {});
    }, REPORT_MS);
  };
}
