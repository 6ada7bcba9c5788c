/**
 * The content script's whole life on a page, in happy-dom with WXT's fake browser (happy-dom has no
 * Highlight API, so the fallback <mark> painter runs, which makes paints countable in the DOM):
 * it paints, follows settings, tears everything down when its context is invalidated (extension
 * reload or update), and a fresh instance on the same page does not double the highlights.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { buildData } from '../../data/build';
import { startContentApp } from '../../utils/page/content-app';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

const { index } = buildData();
const marks = () => document.querySelectorAll('mark.el-mark').length;
const PAGE = `<article>
  <p>Our stem cell therapy and young plasma infusions reverse aging.</p>
  <p>In mice, <b>anakinra</b> made old blood stem cells behave younger.</p>
  <p>Plain text without any of the phrases.</p></article>`;

/**
 * Puts PAGE in the document and starts the content app on it, its four phrases painted ("reverse aging"
 * is the general marketing entry, which gives way to the specific ones its sentence names).
 */
async function startedOnPage(): Promise<ContentScriptContext> {
  document.body.innerHTML = PAGE;
  const ctx = new ContentScriptContext('content');
  await startContentApp(ctx, fakeBrowser as any, index);
  await vi.waitFor(() => expect(marks()).toBe(4));
  return ctx;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('content script lifecycle', () => {
  it('paints, tears down on invalidation, and a new instance does not double the highlights', async () => {
    const first = await startedOnPage();
    const painted = document.body.textContent;

    first.notifyInvalidated(); // what WXT does when the extension is reloaded or updated
    expect(marks()).toBe(0);
    expect(document.body.innerHTML.replace(/\s+/g, ' ')).toBe(PAGE.replace(/\s+/g, ' ')); // the page as it was

    const second = new ContentScriptContext('content');
    await startContentApp(second, fakeBrowser as any, index);
    await vi.waitFor(() => expect(marks()).toBe(4));
    expect(document.body.textContent).toBe(painted);
    second.notifyInvalidated();
    expect(marks()).toBe(0);
  });

  it('an invalidated instance ignores later settings changes and page changes', async () => {
    const ctx = await startedOnPage();
    ctx.notifyInvalidated();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, kinds: 'claims', updatedAt: 9 } });
    document.body.insertAdjacentHTML('beforeend', '<p>NMN supplements.</p>');
    await new Promise((resolve) => setTimeout(resolve, 300)); // longer than the mutation batch (150 ms)
    expect(marks()).toBe(0);
  });

  it('follows settings live: claims only, then off', async () => {
    const ctx = await startedOnPage();
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, kinds: 'claims', updatedAt: 2 }, settings$: { v: 3 } });
    await vi.waitFor(() => expect(marks()).toBe(2)); // the first sentence's two claims stay
    await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, enabled: false, updatedAt: 3 }, settings$: { v: 3 } });
    await vi.waitFor(() => expect(marks()).toBe(0));
    ctx.notifyInvalidated();
  });
});
