import './style.css';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import index from 'virtual:evidence-index';
import { startContentApp } from '../../utils/page/content-app';
import { blockSpoofedRestart, watchForOrphaning } from '../../utils/page/restart-guard';

export default defineContentScript({
  matches: ['<all_urls>'],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The ::highlight() rules reach the page through the manifest: no <style> element is added.
  cssInjectionMode: 'manifest',
  // No window.postMessage on start: pages would see it (and learn the extension is installed).
  noScriptStartedPostMessage: true,
  main(ctx) {
    blockSpoofedRestart(browser);
    watchForOrphaning(ctx);
    startContentApp(ctx, browser, index).catch((error) => {
      console.warn('[Evidence Lens] could not start on this page:', String(error), error?.stack ?? '');
    });
  },
});
