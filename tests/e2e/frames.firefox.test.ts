/**
 * Firefox: frames get the content app from the background once their gate finds text (Manifest V2,
 * scripting API), so a same-origin frame's article is highlighted as the top page is.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox, waitForHighlights } from './firefox';

const session = useFirefox();

describe('Firefox frames', () => {
  it('highlights the text of a same-origin frame', async () => {
    const page = await session.firefox.browser.newPage();
    await page.goto(`${session.server.url}/frames.html`);
    await waitForHighlights(page, 1);
    const inner = page.frames().find((f) => f.url().includes('frame-inner'))!;
    expect(inner).toBeTruthy();
    const sizes = await waitForHighlights(inner as unknown as Page, 1);
    expect(Object.values(sizes).reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    await page.close();
  });
});
