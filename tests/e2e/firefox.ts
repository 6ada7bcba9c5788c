/**
 * Real Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, with the built
 * Firefox extension installed as a temporary add-on.
 */
import { afterAll, beforeAll } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { StaticServer } from '../../scripts/static-server';
import { FIREFOX_DIR, FIREFOX_PATH } from './paths';
import { startTestServer } from './pages';

export async function launchFirefox(extensionDir = FIREFOX_DIR): Promise<{ browser: Browser; close(): Promise<void> }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // Keep Firefox off the network: this machine has none, and the privacy promise is tested elsewhere.
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'extensions.getAddons.cache.enabled': false,
    },
  });
  await browser.installExtension(extensionDir);
  return { browser, close: () => browser.close() };
}

/** Waits (on the page's own state, polled by puppeteer) until our highlights hold at least `min` ranges. */
export async function waitForHighlights(page: Page, min = 1): Promise<Record<string, number>> {
  await page.waitForFunction(
    (least) => {
      let total = 0;
      for (const [name, h] of (CSS as any).highlights) if (name.startsWith('el-') && !['el-current', 'el-flash'].includes(name)) total += h.size;
      return total >= least;
    },
    { timeout: 20_000, polling: 100 },
    min,
  );
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, h] of (CSS as any).highlights) out[name] = h.size;
    return out;
  });
}

/** A test file's Firefox with the extension (the release build unless told) and the test server, started before its tests and closed after. */
export function useFirefox(extensionDir = FIREFOX_DIR): { server: StaticServer; firefox: Awaited<ReturnType<typeof launchFirefox>> } {
  const session = {} as { server: StaticServer; firefox: Awaited<ReturnType<typeof launchFirefox>> };
  beforeAll(async () => {
    session.server = await startTestServer();
    session.firefox = await launchFirefox(extensionDir);
  });
  afterAll(async () => {
    await session.firefox?.close();
    await session.server?.close();
  });
  return session;
}
