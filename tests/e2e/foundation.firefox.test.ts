/** Firefox: the same extension, built for Firefox, highlights the seed article too. */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { useFirefox, waitForHighlights } from './firefox';
import { textPoint } from './session';
import { SCREENSHOTS } from './paths';

const session = useFirefox();

describe('Firefox', () => {
  it('highlights the seed article without changing its DOM', async () => {
    const page = await session.firefox.browser.newPage();
    await page.goto(`${session.server.url}/corpus/seed/article.html`);
    const sizes = await waitForHighlights(page, 10);
    expect(sizes['el-background-animal-or-lab-only']).toBeGreaterThan(0); // the default style
    expect(await page.evaluate(() => document.querySelectorAll('mark, evidence-lens-ui').length)).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'firefox-seed.png') as `${string}.png` });
    await page.close();
  });
});

describe('Firefox hover card', () => {
  it('opens the card for a highlighted phrase', async () => {
    const page = await session.firefox.browser.newPage();
    await page.setViewport({ width: 1100, height: 800 });
    await page.goto(`${session.server.url}/corpus/seed/article.html`);
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
