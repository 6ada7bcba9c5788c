/** The card's host element: a closed shadow root at the end of <body>, gone with the content script. */
import { describe, expect, it } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { mountCardHost } from '../../utils/page/card-host';
import { OWN_UI_TAG } from '../../utils/page/blocks';

describe('the card host', () => {
  it('is one element with a closed shadow root, keeps keys typed in the card, and leaves with the script', () => {
    document.body.innerHTML = '<p>page</p>';
    const ctx = new ContentScriptContext('content');
    let removed = 0;
    const { container, shadow } = mountCardHost(ctx, () => removed++);
    const host = document.body.lastElementChild!;
    expect(host.localName).toBe(OWN_UI_TAG);
    expect(host.shadowRoot).toBeNull(); // closed: page scripts cannot reach it
    expect(container.getRootNode()).toBe(shadow);

    let pageSawKey = false;
    document.addEventListener('keydown', () => (pageSawKey = true));
    const button = document.createElement('button');
    container.append(button);
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageSawKey).toBe(false);

    ctx.notifyInvalidated();
    expect(removed).toBe(1);
    expect(document.querySelector(OWN_UI_TAG)).toBeNull();
    expect(document.body.innerHTML).toBe('<p>page</p>');
  });
});
