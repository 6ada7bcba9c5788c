/**
 * The privacy promise, proven: while the whole product is used (pages scanned, cards, keyboard jumps,
 * popup, lookup, context-menu lookup, a report composed with the sentence and address and copied,
 * a timed pause, options, import/export, welcome page), no extension context makes
 * a single request to anything but the local test server's pages and the extension's own files.
 * A control request from the service worker shows the recorder does see such requests.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { useChromium } from './session';
import { tabIdOf, waitForState, openPopup, openOptions, setChecked } from './chromium';
import { cardWorld } from './card-world';
import { textPoint } from './session';

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
    // A report from the card, with the sentence and the page address ticked, copied.
    await session.ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.keyboard.press('Escape');
    const at = await page.evaluate(textPoint, ['anakinra', 0] as const);
    await page.mouse.click(at.x, at.y);
    const world = await cardWorld(page);
    await expect.poll(() => world.evaluate<number>("return root?.querySelectorAll('.el-report-open').length ?? 0")).toBe(2);
    const button = await world.evaluate<{ x: number; y: number }>(`
      const b = root.querySelector('.el-report-open');
      b.scrollIntoView({ block: 'nearest' });
      const r = b.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`);
    const opened = session.ext.context.waitForEvent('page', (p) => p.url().includes('/report/'));
    await page.mouse.click(button.x, button.y);
    const report = await opened;
    await report.getByRole('checkbox', { name: /Include the sentence/ }).check();
    await report.getByRole('checkbox', { name: /Include the page’s address/ }).check();
    await report.getByRole('button', { name: 'Copy the report' }).click();
    await expect.poll(() => report.getByRole('status').textContent()).toContain('Copied');
    await report.close();
    await world.close();
    // Popup: page list, lookup, entry view; context-menu lookup.
    const popup = await openPopup(session.ext, tabId);
    await popup.getByRole('combobox', { name: 'Look up a claim' }).fill('young blod');
    await popup.keyboard.press('Enter');
    await popup.getByRole('button', { name: '← Back' }).click();
    await popup.getByRole('button', { name: 'Pause for 1 hour' }).click();
    await popup.getByRole('button', { name: 'Resume now' }).click();
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
