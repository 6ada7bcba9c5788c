/**
 * One Chromium-with-the-extension session per test file: the local test server, the browser, and a
 * way to open a page and know its tab. Registers its own beforeAll/afterAll.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { StaticServer } from '../../scripts/static-server';
import { startTestServer } from './pages';
import { launchWithExtension, tabIdOf, type ExtensionBrowser } from './chromium';

export interface ChromiumSession {
  readonly server: StaticServer;
  readonly ext: ExtensionBrowser;
  /** Opens a test-server path in a new tab and returns the page and its tab id. */
  open(path: string): Promise<{ page: Page; tabId: number }>;
}

export function useChromium(options?: Parameters<typeof launchWithExtension>[0]): ChromiumSession {
  let server: StaticServer | undefined;
  let ext: ExtensionBrowser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    ext = await launchWithExtension(options);
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  const session: ChromiumSession = {
    get server() {
      if (!server) throw new Error('the test server is not running yet');
      return server;
    },
    get ext() {
      if (!ext) throw new Error('the browser is not running yet');
      return ext;
    },
    async open(path) {
      const page = await session.ext.context.newPage();
      await page.goto(`${session.server.url}${path}`);
      return { page, tabId: await tabIdOf(session.ext, page) };
    },
  };
  return session;
}

/**
 * Centre of the first box of the n-th occurrence of `needle` in the page text, scrolled into view.
 * Serializable: pass it to page.evaluate (Playwright or Puppeteer). It reads the page, never changes it.
 */
export function textPoint([needle, n]: readonly [string, number]): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let at = node.data.indexOf(needle); at >= 0; at = node.data.indexOf(needle, at + 1)) {
      if (seen++ !== n) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      node.parentElement!.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
  }
  throw new Error(`"${needle}" not found`);
}
