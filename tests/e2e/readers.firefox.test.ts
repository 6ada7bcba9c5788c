/**
 * Firefox ESR: a click on a highlight opens the card at once (as a tap does on Firefox for Android),
 * it stays while the pointer moves off, and a click elsewhere closes it. (The timed pause in Firefox is
 * tests/e2e/pause.firefox.test.ts, on the test-hooks build.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox, waitForHighlights } from './firefox';
import { textPoint } from './session';

const session = useFirefox();

/**
 * The card is in a closed shadow root: the page sees only its host, at the points the card covers.
 * The card sits just below or just above the phrase; these are the two points it must then cover.
 */
const cardShown = (page: Page, at: { x: number; y: number }) =>
  page.evaluate(
    ([x, y]) => [y + 40, y - 40].some((py) => document.elementFromPoint(x, py)?.localName === 'evidence-lens-ui'),
    [at.x, at.y] as const,
  );

describe('Firefox: the card on a click', () => {
  it('opens next to the phrase on a click, stays while the pointer leaves, and a click elsewhere closes it', async () => {
    const page = await session.firefox.browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    await page.goto(`${session.server.url}/corpus/seed/article.html`);
    await waitForHighlights(page, 10);
    const point = await page.evaluate(textPoint, ['anakinra', 0] as const);
    const near = { x: Math.min(point.x + 10, 1000 - 200), y: point.y };
    expect(await cardShown(page, near)).toBe(false);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardShown(page, near), { timeout: 10_000 }).toBe(true);
    // Opened by a click, it stays while the pointer moves off (past the hover grace period)…
    await page.mouse.move(5, 5, { steps: 3 });
    const deadline = Date.now() + 800;
    while (Date.now() < deadline) expect(await cardShown(page, near)).toBe(true);
    // …and a click elsewhere closes it.
    await page.mouse.click(5, 5);
    await expect.poll(() => cardShown(page, near), { timeout: 10_000 }).toBe(false);
    await page.close();
  });
});
