/**
 * Renders assets/icon.svg to public/icon/{16,32,48,128}.png with the system Chromium, so the PNGs in
 * the repository always come from the SVG source. Run after editing the SVG: npm run icons
 */
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../data/load-from-disk';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(join(PROJECT_ROOT, 'assets', 'icon.svg'), 'utf8');
const out = join(PROJECT_ROOT, 'public', 'icon');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`,
  );
  await page.screenshot({ path: join(out, `${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
