/**
 * Where the card lives in the page: one custom element holding a closed shadow root (page CSS cannot
 * restyle it, page scripts cannot read it), appended to <body> on first use and removed with the
 * content script. Written here rather than with WXT's createShadowRootUi, which does the same plus
 * anchoring, positioning and CSS loading we do not use, and brought 2 KB gzipped of dependencies into
 * the script every page loads (the budget is 40 KB).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { OWN_UI_TAG } from './blocks';

export interface CardHost {
  /** Render the card into this element. */
  container: HTMLElement;
  shadow: ShadowRoot;
}

export function mountCardHost(ctx: ContentScriptContext, onRemove: () => void): CardHost {
  const host = document.createElement(OWN_UI_TAG);
  const shadow = host.attachShadow({ mode: 'closed' });
  const container = document.createElement('div');
  shadow.append(container);
  // Keys typed in the card stay in the card: page shortcuts do not see them.
  for (const type of ['keydown', 'keyup', 'keypress']) shadow.addEventListener(type, (e) => e.stopPropagation());
  (document.body ?? document.documentElement).append(host);
  ctx.onInvalidated(() => {
    onRemove();
    host.remove();
  });
  return { container, shadow };
}
