/** Firefox: the same extension, built for Firefox, highlights the seed article too. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { StaticServer } from '../../scripts/static-server';
import { startTestServer } from './pages';
import { launchFirefox, waitForHighlights } from './firefox';
import { textPoint } from './session';
import { SCREENSHOTS } from './paths';

let server: StaticServer;
let firefox: Awaited<ReturnType<typeof launchFirefox>>;

beforeAll(async () => {
  server = await startTestServer();
  firefox = await launchFirefox();
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('Firefox', () => {
  it('highlights the seed article without changing its DOM', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(`${server.url}/corpus/seed/article.html`);
    const sizes = await waitForHighlights(page, 10);
    expect(sizes['el-background-animal-or-lab-only']).toBeGreaterThan(0); // the default style
    expect(await page.evaluate(() => document.querySelectorAll('mark, evidence-lens-ui').length)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-seed.png') as `${string}.png` });
    await page.close();
  });
});

describe('Firefox hover card', () => {
  it('opens the card for a highlighted phrase', async () => {
    const page = await firefox.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${server.url}/corpus/seed/article.html`);
    await waitForHighlights(page, 10);
    const point = await page.evaluate(textPoint, ['anakinra', 0] as const);
    await page.mouse.move(point!.x - 3, point!.y);
    await page.mouse.move(point!.x, point!.y);
    // The card's host appears in the page (its content is in a closed shadow root, unreadable here).
    await page.waitForSelector('evidence-lens-ui', { timeout: 10_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-card.png') as `${string}.png` });
    await page.keyboard.press('Escape');
    await page.close();
  });
});
