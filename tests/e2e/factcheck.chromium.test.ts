/**
 * Fact-checks the page already carries (schema.org ClaimReview, JSON-LD or microdata), read locally
 * and shown in the popup with claim, rating, reviewer and date, linked to a matching entry; hostile
 * markup is ignored or shown as plain text; axe-core in both themes.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useChromium } from './session';
import { waitForState, openPopup } from './chromium';
import { axeViolations } from './card-world';

const session = useChromium();

async function popupFor(path: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await session.open(path);
  await waitForState(session.ext, tabId);
  const popup = await openPopup(session.ext, tabId);
  await popup.getByRole('heading', { name: 'This page carries a fact-check' }).waitFor({ timeout: 10_000 });
  return { page, popup };
}

const checks = (popup: Page) =>
  popup.locator('[data-factcheck]').evaluateAll((items) => items.map((li) => li.textContent?.replace(/\s+/g, ' ').trim()));

describe('fact-checks on the page', () => {
  it('JSON-LD: shows the claim, rating, reviewer and date, and opens the matching entry', async () => {
    const { page, popup } = await popupFor('/factcheck-jsonld.html');
    const [text] = await checks(popup);
    expect(text).toContain('NMN supplements reverse aging in humans');
    expect(text).toContain('Rated Incorrect by Health Check Desk on 2026-10-02');
    const link = popup.locator('[data-factcheck]').getByRole('button');
    const title = await link.textContent();
    await link.click();
    await expect.poll(() => popup.locator('#el-detail-title').textContent()).toBe(title);
    await popup.getByRole('button', { name: '← Back' }).click();
    for (const theme of ['dark', 'light'] as const) {
      await popup.emulateMedia({ colorScheme: theme });
      await popup.getByRole('heading', { name: 'This page carries a fact-check' }).waitFor();
      expect(await axeViolations(popup)).toEqual([]);
    }
    await popup.close();
    await page.close();
  });

  it('microdata: reads the nested rating, author and date', async () => {
    const { page, popup } = await popupFor('/factcheck-microdata.html');
    const [text] = await checks(popup);
    expect(text).toContain('Young blood transfusions reverse ageing');
    expect(text).toContain('Rated False by Dana Reviewer on 2026-08-15');
    expect(await popup.locator('[data-factcheck]').getByRole('button').textContent()).toMatch(/young/i);
    await popup.close();
    await page.close();
  });

  it('hostile markup: broken, huge and deep scripts are ignored; markup in strings stays text; nothing runs', async () => {
    const { page, popup } = await popupFor('/factcheck-hostile.html');
    const texts = await checks(popup);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('<img src=x onerror="window.__pwned=1">Stem cell shots cure aging');
    expect(texts[0]).toContain('Rated <script>window.__pwned=2</script>Misleading by <b>Desk</b>');
    expect(texts[1]).toContain('Telomerase gene therapy reverses ageing');
    expect(texts[1]).toContain('Rated 2 of 5 by Sound Checkers on 2026-05-01');
    expect(texts.join(' ')).not.toMatch(/huge|too deep|an object/);
    expect(await popup.evaluate(() => (window as any).__pwned)).toBeUndefined();
    expect(await popup.locator('.el-factchecks img, .el-factchecks script, .el-factchecks b').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await popup.close();
    await page.close();
  });

  it('a page without ClaimReview markup shows no fact-check', async () => {
    const { page, tabId } = await session.open('/corpus/seed/article.html');
    await waitForState(session.ext, tabId, (s) => s.found.length > 0);
    const popup = await openPopup(session.ext, tabId);
    await popup.getByRole('list', { name: 'Found on this page' }).waitFor();
    expect(await popup.getByRole('heading', { name: 'This page carries a fact-check' }).count()).toBe(0);
    await popup.close();
    await page.close();
  });
});
