/**
 * The background's side of the frame gate (utils/background/frame-starter.ts): the content app is
 * started in the one frame that asked, styles first, and never in a top frame (it has the app already).
 */
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_APP_CSS, CONTENT_APP_JS, startInFrame } from '../../utils/background/frame-starter';

function fakeApi(withScripting: boolean) {
  const calls: string[] = [];
  const record = (name: string) => vi.fn(async (...args: unknown[]) => void calls.push(`${name} ${JSON.stringify(args)}`));
  const api = {
    tabs: { insertCSS: record('tabs.insertCSS'), executeScript: record('tabs.executeScript') },
    ...(withScripting ? { scripting: { insertCSS: record('scripting.insertCSS'), executeScript: record('scripting.executeScript') } } : {}),
  };
  return { api: api as any, calls };
}

describe('starting the content app in a frame', () => {
  it('injects styles, then the app, into exactly the document that asked', async () => {
    const { api, calls } = fakeApi(true);
    expect(await startInFrame(api, { tab: { id: 7 }, frameId: 3, documentId: 'DOC' })).toBe(true);
    const target = { tabId: 7, documentIds: ['DOC'] };
    expect(calls).toEqual([
      `scripting.insertCSS ${JSON.stringify([{ target, files: [CONTENT_APP_CSS] }])}`,
      `scripting.executeScript ${JSON.stringify([{ target, files: [CONTENT_APP_JS] }])}`,
    ]);
  });

  it('targets the frame id where documents have no id, and uses tabs.* where scripting is missing', async () => {
    const modern = fakeApi(true);
    await startInFrame(modern.api, { tab: { id: 7 }, frameId: 3 });
    expect(modern.calls[1]).toContain('"frameIds":[3]');
    const old = fakeApi(false);
    expect(await startInFrame(old.api, { tab: { id: 7 }, frameId: 3 })).toBe(true);
    expect(old.calls.map((c) => c.split(' ')[0])).toEqual(['tabs.insertCSS', 'tabs.executeScript']);
    expect(old.calls[1]).toContain('"frameId":3');
  });

  it('does nothing for a top frame or a sender without a tab', async () => {
    const { api, calls } = fakeApi(true);
    expect(await startInFrame(api, { tab: { id: 7 }, frameId: 0 })).toBe(false);
    expect(await startInFrame(api, { frameId: 2 })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('reports a frame that went away instead of throwing', async () => {
    const { api } = fakeApi(true);
    api.scripting.executeScript = vi.fn(async () => {
      throw new Error('Frame with ID 3 was removed.');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await startInFrame(api, { tab: { id: 7 }, frameId: 3 })).toBe(false);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
