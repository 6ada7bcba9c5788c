import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { blockSpoofedRestart, watchForOrphaning } from '../../utils/page/restart-guard';
import { markFrame } from '../../utils/page/test-hooks';

/**
 * The content app. The manifest declares it for top frames only; a frame gets it from the background
 * once its gate (../frame-gate.ts) has found text there (utils/background/frame-starter.ts).
 */
export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: false,
  runAt: 'document_idle',
  // The ::highlight() rules reach the page through the manifest: no <style> element is added.
  cssInjectionMode: 'manifest',
  // No window.postMessage on start: pages would see it (and learn the extension is installed).
  noScriptStartedPostMessage: true,
  main(ctx) {
    blockSpoofedRestart(browser);
    if (ctx.isInvalid) return; // reading it notices an orphaned copy (extension reloaded meanwhile)
    markFrame('started');
    watchForOrphaning(ctx);
    // The phrase data itself comes from storage (or from a same-origin parent frame's matcher).
    Promise.all([import('../../utils/page/content-app'), import('virtual:evidence-index')])
      .then(([app, index]) => app.startContentApp(ctx, browser, index.default))
      .catch((error) => {
        console.warn('[Evidence Lens] could not start on this page:', String(error), error?.stack ?? '');
      });
  },
});
