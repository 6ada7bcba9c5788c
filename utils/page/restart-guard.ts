/**
 * WXT's content-script context stops itself when a document event says "a newer copy of this script
 * started" (meant for reloads during development). A page can dispatch that event too (its name is
 * built from the extension's public id), which would switch Evidence Lens off on that page. Production
 * never re-injects the script, so the event is stopped at the window, before it reaches WXT's listener
 * on the document; a real extension reload or update is still noticed (watchForOrphaning).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BrowserApi } from '../browser-api';

export function blockSpoofedRestart(browser: BrowserApi, entrypoint = 'content'): void {
  const type = `${browser.runtime.id}:${entrypoint}:wxt:content-script-started`;
  window.addEventListener(type, (event) => event.stopImmediatePropagation(), { capture: true });
}

/**
 * After the extension is reloaded or updated, this copy of the script is orphaned: browser.runtime.id
 * is gone. Reading ctx.isInvalid notices that and tears everything down (WXT checks it there).
 */
export function watchForOrphaning(ctx: ContentScriptContext, everyMs = 2000): void {
  const timer = setInterval(() => {
    if (ctx.isInvalid) clearInterval(timer);
  }, everyMs);
  ctx.onInvalidated(() => clearInterval(timer));
}
