/**
 * The interface in Spanish (Chromium started with --lang=es): the popup, the options page and the
 * in-page card show their Spanish words, say once that the entries are in English, and still work;
 * the manifest's command descriptions are Spanish too; axe-core finds nothing. Screenshots at desktop
 * width and at 360 px.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { join } from 'node:path';
import { useChromium } from './session';
import { openOptions, openPopup, waitForState } from './chromium';
import { axeViolations, cardWorld } from './card-world';
import { SCREENSHOTS } from './paths';

const session = useChromium({ lang: 'es' });
let page: Page;
let tabId: number;

beforeAll(async () => {
  ({ page, tabId } = await session.open('/corpus/seed/article.html'));
  await waitForState(session.ext, tabId, (s) => s.active && s.found.length > 0);
});
afterAll(async () => {
  await page.close();
});

const storedKinds = () =>
  session.ext.worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings?.kinds);

describe('Spanish interface', () => {
  it('the browser picked the Spanish messages, and the keyboard commands are described in Spanish', async () => {
    const commands = await session.ext.worker.evaluate(async () => (await (globalThis as any).chrome.commands.getAll()).map((c: any) => c.description));
    expect(commands).toContain('Ir a la siguiente afirmación resaltada');
    expect(commands).toContain('Pausar el resaltado en este sitio durante una hora (otra vez: reanudar)');
  });

  it('the popup: what is on the page, the site switch, the lookup, and the note that entries are in English', async () => {
    const popup = await openPopup(session.ext, tabId);
    await popup.getByRole('heading', { name: 'En esta página' }).waitFor();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    await expect.poll(() => popup.getByRole('switch', { name: 'Resaltar en 127.0.0.1' }).count()).toBe(1);
    expect(await popup.getByRole('list', { name: 'Encontrado en esta página' }).textContent()).toMatch(/\d+ (afirmación|afirmaciones|mención|menciones)/);
    expect(await popup.getByRole('button', { name: 'Pausar 1 hora' }).count()).toBe(1);
    const box = popup.getByRole('combobox', { name: 'Buscar una afirmación' });
    await box.fill('anakinra');
    await expect.poll(() => popup.locator('#el-search-status').textContent()).toMatch(/^\d+ resultados?$/);
    expect(await popup.locator('.el-search-lang').textContent()).toBe('Las fichas están escritas en inglés.');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: join(SCREENSHOTS, 'es-popup.png') });
    await popup.setViewportSize({ width: 360, height: 740 });
    await popup.screenshot({ path: '/tmp/el-es-popup-360.png' });
    // A query with no entry, in Spanish; the entry itself opens with Spanish headings.
    await box.fill('bitcoin');
    await expect.poll(() => popup.locator('[data-state="no-entry"]').textContent()).toBe('Aún no hay ninguna ficha sobre «bitcoin».');
    await box.fill('anakinra');
    await popup.getByRole('option').first().click();
    await popup.getByRole('heading', { name: 'Qué no demuestra' }).waitFor();
    expect(await popup.locator('.el-card-lang').textContent()).toBe('Las fichas están escritas en inglés.');
    expect(await popup.getByRole('button', { name: '← Volver' }).count()).toBe(1);
    await popup.close();
  });

  it('the options page: sections, choices and scales in Spanish, and a choice still applies', async () => {
    const options = await openOptions(session.ext);
    expect(await options.title()).toBe('Configuración de Evidence Lens');
    for (const name of ['Sitios', 'Temas y veredictos', 'Estilo del resaltado', 'Términos ocultos', 'Cómo valoramos la evidencia', 'Sobre los datos']) {
      expect(await options.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
    }
    expect(await options.getByRole('checkbox', { name: 'Células madre' }).count()).toBe(1);
    expect(await options.getByRole('checkbox', { name: 'Demostrado' }).count()).toBe(1);
    await options.getByRole('radio', { name: 'Solo afirmaciones' }).check({ force: true });
    await expect.poll(storedKinds).toBe('claims');
    await options.getByRole('radio', { name: 'Afirmaciones y menciones' }).check({ force: true });
    await expect.poll(storedKinds).toBe('all');
    // A bad site pattern is refused in Spanish.
    await options.getByLabel('Desactivar en').fill('http://');
    await options.getByRole('button', { name: 'Añadir' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/no es una dirección válida|no contiene el nombre/);
    expect(await axeViolations(options)).toEqual([]);
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: join(SCREENSHOTS, 'es-options.png') });
    await options.setViewportSize({ width: 360, height: 740 });
    await options.evaluate(() => window.scrollTo(0, 0));
    await options.screenshot({ path: '/tmp/el-es-options-360.png' });
    await options.locator('#rating').screenshot({ path: '/tmp/el-es-options-360-rating.png' });
    await options.close();
  });

  it('the welcome page', async () => {
    const welcome = await session.ext.context.newPage();
    await welcome.goto(`chrome-extension://${session.ext.extensionId}/welcome.html`);
    await welcome.getByRole('heading', { name: 'Privada por diseño' }).waitFor();
    expect(await welcome.title()).toBe('Te damos la bienvenida a Evidence Lens');
    expect(await welcome.getByRole('button', { name: 'Abrir la configuración' }).count()).toBe(1);
    expect(await welcome.textContent('body')).toContain('Las fichas están escritas en inglés.');
    await welcome.setViewportSize({ width: 360, height: 740 });
    await welcome.screenshot({ path: '/tmp/el-es-welcome-360.png' });
    await welcome.close();
  });

  it('the card on an English page: Spanish labels, the entry in English, said once', async () => {
    await page.bringToFront();
    await session.ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'command', command: 'next-claim' }, { frameId: 0 }), tabId);
    const world = await cardWorld(page);
    await expect.poll(() => world.evaluate<boolean>("return !!root?.querySelector('.el-card-title')")).toBe(true);
    const card = await world.evaluate<{ text: string; lang: string; titleLang: string; buttons: string[] }>(`
      const card = root.querySelector('.el-popover');
      return {
        text: card.textContent,
        lang: root.querySelector('.el-root').lang,
        titleLang: card.querySelector('.el-card-title').lang,
        buttons: [...card.querySelectorAll('button')].map((b) => b.getAttribute('aria-label') || b.textContent),
      };`);
    expect(card.text).toContain('Las fichas están escritas en inglés.');
    expect(card.text).toContain('Coincide con «');
    expect(card.text).toContain('Fuentes principales');
    expect(card.text).toMatch(/Afirmación \d+ de \d+ de esta página/);
    expect(card.buttons).toEqual(expect.arrayContaining(['Cerrar', 'Ocultar este término en este sitio', 'Más', 'Informar de un problema con esta ficha']));
    expect([card.lang, card.titleLang]).toEqual(['es', 'en']);
    await page.screenshot({ path: join(SCREENSHOTS, 'es-card.png') });
    await page.setViewportSize({ width: 360, height: 740 });
    await session.ext.worker.evaluate((id) => (globalThis as any).chrome.tabs.sendMessage(id, { type: 'command', command: 'next-claim' }, { frameId: 0 }), tabId);
    await expect.poll(() => world.evaluate<boolean>("return !!root?.querySelector('.el-card-title')")).toBe(true);
    await page.screenshot({ path: '/tmp/el-es-card-360.png' });
    await world.close();
  });
});
