/**
 * The demo behind `npm start`: serves demo/index.html on 127.0.0.1 and opens Chromium with the freshly
 * built extension on it. With a display, the browser window stays open until you close it; without one
 * (a server, CI), it runs headless, points at a claim to open its card, saves a screenshot and exits.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from './static-server';
import { PROJECT_ROOT } from '../data/load-from-disk';

const extension = join(PROJECT_ROOT, '.output', 'chrome-mv3');
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await startServer({ '/': join(PROJECT_ROOT, 'demo') });
const profile = mkdtempSync(join(tmpdir(), 'evidence-lens-demo-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: headless ? { width: 1200, height: 900 } : null,
  args: [
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ...(headless ? ['--disable-gpu'] : []),
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ],
});
const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`${server.url}/index.html`);
await page.bringToFront();
console.log(`Demo page: ${server.url}/index.html (Chromium with Evidence Lens).`);

const cleanUp = async () => {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
};

if (headless) {
  // No screen here: show that it works, as a picture.
  await page.waitForFunction(() => [...(CSS as any).highlights.values()].some((h: any) => h.size > 0), undefined, { timeout: 20_000 });
  const target = page.getByText('young blood').first();
  const box = await target.boundingBox();
  if (box) {
    await page.mouse.move(box.x + 5, box.y + box.height / 2);
    await page.mouse.move(box.x + 10, box.y + box.height / 2);
    await page.waitForSelector('evidence-lens-ui', { state: 'attached', timeout: 5_000 }).catch(() => {});
  }
  const shot = join(PROJECT_ROOT, '.output', 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`No display found, so Chromium ran headless. Screenshot of the demo: ${shot}`);
  console.log('On a desktop, run `npm start` to get a browser window you can use.');
  await context.close();
  await cleanUp();
} else {
  console.log('Point at a highlighted phrase to see its evidence card. Close the browser window to stop.');
  context.on('close', () => void cleanUp());
}
