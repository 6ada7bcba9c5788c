/**
 * Reading our own closed-shadow-root card in a test: page scripts cannot, by design, so tests look from
 * the extension's isolated world (over the DevTools protocol), where chrome.dom.openOrClosedShadowRoot
 * gives extension code its own closed roots.
 */
import type { CDPSession, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface CardWorld {
  /** Evaluates an expression in the extension's world; `root` is the card's shadow root or null. */
  evaluate<T>(body: string): Promise<T>;
  close(): Promise<void>;
}

export async function cardWorld(page: Page): Promise<CardWorld> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e: any) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => (contexts.length = 0));
  await cdp.send('Runtime.enable');
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as any;
  const mainFrame = frameTree.frame.id;
  const contextId = () => {
    const found = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'Evidence Lens' && c.auxData?.frameId === mainFrame);
    if (!found) throw new Error('the extension’s isolated world was not found in this page');
    return found.id;
  };
  return {
    async evaluate<T>(body: string): Promise<T> {
      const expression = `(async () => {
        const host = document.querySelector('evidence-lens-ui');
        const root = host ? chrome.dom.openOrClosedShadowRoot(host) : null;
        ${body}
      })()`;
      const result = (await cdp.send('Runtime.evaluate', { expression, contextId: contextId(), returnByValue: true, awaitPromise: true })) as any;
      if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      return result.result.value as T;
    },
    close: () => cdp.detach(),
  };
}

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/** Runs axe-core on a page (or the part a selector names) and returns its violations. */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel) => {
    const axe = (window as any).axe;
    const result = await axe.run(sel ? { include: [[sel]] } : document, { resultTypes: ['violations'] });
    return result.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => n.target.join(' ')) }));
  }, selector);
}

/**
 * axe cannot enter a closed shadow root, so the card's markup and styles are copied into an open one
 * on a blank page of the same size, and checked there.
 */
export async function axeOnCardMarkup(page: Page, markup: string): Promise<AxeViolation[]> {
  const probe = await page.context().newPage();
  await probe.setViewportSize(page.viewportSize() ?? { width: 1200, height: 800 });
  await probe.setContent('<!doctype html><html lang="en"><head><title>Card check</title></head><body><main><div id="host"></div></main></body></html>');
  await probe.evaluate((html) => {
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = html;
  }, markup);
  const violations = await axeViolations(probe);
  await probe.close();
  return violations;
}
