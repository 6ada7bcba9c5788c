/**
 * The privacy promise, proven: while the whole product is used (pages scanned, cards, keyboard jumps,
 * popup, lookup, context-menu lookup, options, import/export, welcome page), no extension context makes
 * a single request to anything but the local test server's pages and the extension's own files.
 * A control request from the service worker shows the recorder does see such requests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './session';
import { tabIdOf, waitForState, openPopup, openOptions, setChecked } from './chromium';

const requests: string[] = [];

const session = useChromium();

beforeAll(async () => {
  session.ext.context.on('request', (r) => requests.push(r.url()));
});

describe('no request leaves the browser', () => {
  it('using every part of the product sends nothing anywhere', async () => {
    // Pages: the demo, the seed article, a dynamic page.
    const page = await session.ext.context.newPage();
    await page.goto(`${session.server.url}/demo/index.html`);
    const tabId = await tabIdOf(session.ext, page);
    await waitForState(session.ext, tabId, (s) => s.found.length > 5);
    const send = (message: object) => session.ext.worker.evaluate(([id, m]) => (globalThis as any).chrome.tabs.sendMessage(id, m, { frameId: 0 }), [tabId, message] as const);
    for (let i = 0; i < 5; i++) await send({ type: 'command', command: 'next-claim' }); // cards, keyboard jumps
    await send({ type: 'reveal', entry: 'nmn' });
    await page.mouse.move(300, 300);
    await page.goto(`${session.server.url}/corpus/seed/article.html`);
    await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    await send({ type: 'command', command: 'next-claim' });
    // Popup: page list, lookup, entry view; context-menu lookup.
    const popup = await openPopup(session.ext, tabId);
    await popup.getByRole('combobox', { name: 'Look up a claim' }).fill('young blod');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: '← Back' }).click();
    await popup.close();
    await session.ext.worker.evaluate(() => (globalThis as any).evidenceLensLookup('anakinra'));
    await (await openPopup(session.ext, tabId)).close();
    // Options: settings, export, an entry view, the welcome page.
    const options = await openOptions(session.ext);
    await options.bringToFront(); // clicks wait for animation frames, which background tabs do not get
    await setChecked(options.getByRole('switch', { name: 'Highlight claims on web pages' }), false);
    await setChecked(options.getByRole('switch', { name: 'Highlight claims on web pages' }), true);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export settings' }).click();
    await download;
    await options.goto(`chrome-extension://${session.ext.extensionId}/options.html#entry/nmn`);
    await options.goto(`chrome-extension://${session.ext.extensionId}/welcome.html`);
    await waitForState(session.ext, tabId, (s) => s.active);
    await options.close();
    await page.close();

    const local = new URL(session.server.url).origin;
    const own = `chrome-extension://${session.ext.extensionId}/`;
    const elsewhere = requests.filter((url) => !url.startsWith(local + '/') && !url.startsWith(own) && !/^(data|blob):/.test(url));
    expect(elsewhere).toEqual([]);
    expect(session.ext.outside).toEqual([]);
    expect(requests.some((u) => u.startsWith(own))).toBe(true); // the recorder saw the extension's own files
  }, 120_000);

  it('control: the recorder does catch a request made by the service worker', async () => {
    await session.ext.worker.evaluate(() => fetch('http://control.invalid/probe').catch(() => null));
    await expect.poll(() => requests.includes('http://control.invalid/probe')).toBe(true);
  });
});
