/**
 * Real Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi, with the built
 * Firefox extension installed as a temporary add-on.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_DIR, FIREFOX_PATH } from './paths';

/** The extension's moz-extension:// host, fixed by a preference so tests can open its pages. */
export const FIREFOX_EXTENSION_UUID = '5d2c6b0e-7f0a-4c1e-9a55-3c1f0e6a2b10';
export const firefoxExtensionUrl = (path: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;

export async function launchFirefox(): Promise<{ browser: Browser; close(): Promise<void> }> {
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
      'extensions.webextensions.uuids': JSON.stringify({ 'evidence-lens@evidence-lens.org': FIREFOX_EXTENSION_UUID }),
    },
  });
  await browser.installExtension(FIREFOX_DIR);
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
