/**
 * The frame gate, in every frame of a page (the content app itself is declared for top frames only;
 * wxt.config.ts lists this script for frames). It is kept small on purpose, without WXT's content-script
 * wrapper or the API polyfill: a frame that never has text to read (an ad slot, a tracker, an empty
 * shell) runs only this. When the frame has text, the background starts the content app in it
 * (utils/background/frame-starter.ts). Frames from ad and tracker hosts are not given even this.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { whenReadable } from '../utils/page/frame-gate';
import { markFrame } from '../utils/page/test-hooks';
import type { ToBackground } from '../utils/messages';

export default defineUnlistedScript(() => {
  if (window === window.top) return; // the top frame has the app from the manifest
  const api = (globalThis as any).browser ?? (globalThis as any).chrome;
  // Gone when the extension was reloaded or removed: this copy is orphaned and stops.
  const alive = () => !!api?.runtime?.id;
  const orphaned = new AbortController();
  const request: ToBackground = { type: 'start-frame' };
  whenReadable({
    signal: orphaned.signal,
    onReadable: () => {
      if (!alive()) return;
      Promise.resolve(api.runtime.sendMessage(request)).catch(() => {});
    },
    onDormant: () => {
      if (alive()) markFrame('dormant');
      else orphaned.abort();
    },
  });
});
