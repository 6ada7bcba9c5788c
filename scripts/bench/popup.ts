/** Popup first render and time to "On this page", in Chromium with the built extension. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { PROJECT_ROOT, SHARED_DIR } from '../../data/load-from-disk';
import { startServer } from '../static-server';
import { median } from './pages';

declare const chrome: any;

export async function benchPopup(runs = 7) {
  const dir = join(PROJECT_ROOT, '.output', 'chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'el-bench-'));
  const server = await startServer({ '/corpus/': join(SHARED_DIR, 'corpus') });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`${server.url}/corpus/seed/article.html`);
    await page.bringToFront();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const first: number[] = [];
    const ready: number[] = [];
    for (let i = 0; i < runs; i++) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${id}/popup.html?tab=${tabId}`);
      await popup.waitForFunction(() => performance.getEntriesByName('el-popup-page-state').length > 0);
      const [f, r] = await popup.evaluate(() => [
        performance.getEntriesByName('el-popup-first-render')[0].startTime,
        performance.getEntriesByName('el-popup-page-state')[0].startTime,
      ]);
      first.push(f);
      ready.push(r);
      await popup.close();
    }
    return { firstRender: median(first), pageState: median(ready) };
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
