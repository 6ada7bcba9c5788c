/**
 * Starts the content app in one frame of a tab, on its gate's request. The manifest gives the app to
 * top frames only: a frame gets a copy once it has text to read, so the dozens of ad, tracker and empty
 * frames of a news page never parse it. The styles come first, so the first highlights are drawn styled.
 */
import type { BrowserApi } from '../browser-api';

/** Where WXT writes the content app (entrypoints/content/). */
export const CONTENT_APP_JS = 'content-scripts/content.js';
export const CONTENT_APP_CSS = 'content-scripts/content.css';

export interface FrameSender {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome: the very document that asked (a frame that navigated meanwhile is not given the app). */
  documentId?: string;
}

export async function startInFrame(browser: BrowserApi, sender: FrameSender): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  // The top frame has the app from the manifest; a request from it is not a frame's.
  if (typeof tabId !== 'number' || typeof frameId !== 'number' || frameId === 0) return false;
  const scripting = (browser as any).scripting;
  try {
    if (scripting) {
      const inject = async (target: object) => {
        await scripting.insertCSS({ target, files: [CONTENT_APP_CSS] });
        await scripting.executeScript({ target, files: [CONTENT_APP_JS] });
      };
      const byFrame = { tabId, frameIds: [frameId] };
      if (!sender.documentId) await inject(byFrame);
      // An engine that names documents but cannot target them by that name gets the frame's id.
      else await inject({ tabId, documentIds: [sender.documentId] }).catch(() => inject(byFrame));
    } else {
      const details = { frameId, matchAboutBlank: true, runAt: 'document_idle' as const };
      await browser.tabs.insertCSS(tabId, { ...details, file: `/${CONTENT_APP_CSS}` });
      await browser.tabs.executeScript(tabId, { ...details, file: `/${CONTENT_APP_JS}` });
    }
    return true;
  } catch (error) {
    // The frame went away or navigated to a page we may not script (a browser page).
    console.warn('[Evidence Lens] could not start in a frame:', String(error));
    return false;
  }
}
