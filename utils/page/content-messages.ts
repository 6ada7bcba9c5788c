/**
 * The content app's side of the message contract: answers the popup and the keyboard commands the
 * background forwards. Only messages from this extension, in the shapes of utils/messages.ts, are
 * answered, and only by the top frame (frames report their counts on their own).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BrowserApi } from '../browser-api';
import { ToContentSchema, isFromOurExtension, parseMessage, type ToContent } from '../messages';

export function answerExtension(
  ctx: ContentScriptContext,
  browser: BrowserApi,
  answer: (message: ToContent) => Promise<unknown>,
): void {
  const topFrame = window === window.top;
  const onMessage = (raw: unknown, sender: any) => {
    if (!isFromOurExtension(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(ToContentSchema, raw, 'content script');
    if (!message) return undefined;
    if (!topFrame) return undefined;
    return answer(message);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
}
