/**
 * The frame gate, in every frame of a page (the content app itself is declared for top frames only).
 * It is kept small on purpose: a frame that never has text to read (an ad slot, a tracker, an empty
 * shell) parses only this. When the frame has text, the background starts the content app in it
 * (utils/background/frame-starter.ts). Frames from ad and tracker hosts are not given even this.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { whenReadable } from '../utils/page/frame-gate';
import { markFrame } from '../utils/page/test-hooks';
import { AD_FRAME_PATTERNS } from '../utils/page/ad-hosts';
import type { ToBackground } from '../utils/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  excludeMatches: AD_FRAME_PATTERNS,
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // No window.postMessage on start: pages would see it (and learn the extension is installed).
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window === window.top) return; // the top frame has the app from the manifest
    // The bare extension API (not the polyfill): this script must stay a few kilobytes.
    const api = (globalThis as any).browser ?? (globalThis as any).chrome;
    const request: ToBackground = { type: 'start-frame' };
    whenReadable({
      signal: ctx.signal,
      onReadable: () => {
        if (ctx.isInvalid) return;
        Promise.resolve(api.runtime.sendMessage(request)).catch(() => {});
      },
      onDormant: () => markFrame('dormant'),
    });
  },
});
