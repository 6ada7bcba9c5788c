/**
 * The context-menu look-up hand-over: the selection waits in storage for the popup, is taken once, goes
 * stale after a minute, and where no popup can open it travels in a tab's address with nothing left behind.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLookup, takePendingLookup, PENDING_LOOKUP_KEY, PENDING_LOOKUP_TTL_MS } from '../../utils/background/lookup';

const realOpenPopup = (fakeBrowser as any).action.openPopup;
afterEach(() => {
  (fakeBrowser as any).action.openPopup = realOpenPopup;
  vi.restoreAllMocks();
});

describe('context-menu look-up', () => {
  it('hands the cleaned selection to the popup once', async () => {
    const openPopup = vi.fn(async () => {});
    (fakeBrowser as any).action.openPopup = openPopup;
    await openLookup('  young\n  blood ');
    expect(openPopup).toHaveBeenCalledOnce();
    expect(await takePendingLookup()).toBe('young blood');
    expect(await takePendingLookup()).toBeNull();
  });

  it('ignores a stale hand-over (the popup never opened)', async () => {
    await fakeBrowser.storage.local.set({ [PENDING_LOOKUP_KEY]: { query: 'nmn', at: Date.now() - PENDING_LOOKUP_TTL_MS - 1 } });
    expect(await takePendingLookup()).toBeNull();
    expect(await fakeBrowser.storage.local.get(PENDING_LOOKUP_KEY)).toEqual({});
  });

  it('opens a tab with the query where the popup cannot open, leaving nothing pending', async () => {
    (fakeBrowser as any).action.openPopup = vi.fn(async () => {
      throw new Error('no popup here');
    });
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    await openLookup('anakinra & IL-1β');
    expect(create).toHaveBeenCalledOnce();
    expect(String(create.mock.calls[0][0].url)).toContain(`/popup.html?q=${encodeURIComponent('anakinra & IL-1β')}`);
    expect(await fakeBrowser.storage.local.get(PENDING_LOOKUP_KEY)).toEqual({});
  });
});
