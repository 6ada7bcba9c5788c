/**
 * Real Chromium with the built extension loaded (playwright-core, Debian's chromium, headless).
 * Helpers talk to the extension the way the popup does: through its service worker and messages,
 * and wait on the content script's own "idle" state, never on sleeps.
 */
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROME_DIR, CHROMIUM_PATH } from './paths';

/** The extension API inside the service worker, where these helpers evaluate code. */
declare const chrome: any;

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The extension's service worker (replaced after an extension reload). */
  /** Every request pages and the extension made to anything but the local test server (then refused). */
  outside: string[];
  /** The welcome page opened on first install (then closed, so tests start from a clean window). */
  welcomed: boolean;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: {
    extensionDir?: string;
    colorScheme?: 'light' | 'dark';
    javaScriptEnabled?: boolean;
    /** A touch screen (taps through page.touchscreen) at this viewport, as a phone would be. */
    touch?: { width: number; height: number };
    /** A profile folder to reuse (a browser restart); the caller removes it. */
    profileDir?: string;
    /**
     * The browser's interface language ("es"): --lang picks the extension's locale (headless Chromium
     * on Linux honours it; LANGUAGE alone does not), and the page locale sets dates and times.
     */
    lang?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? CHROME_DIR;
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'el-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.touch ?? { width: 1200, height: 800 },
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.lang ? { locale: options.lang } : {}),
    args: [...CHROMIUM_FLAGS, ...(options.lang ? [`--lang=${options.lang}`] : []), `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  // This machine has no network: refuse outside requests at once (real pages reference ad servers),
  // and record them, so a test can check that the extension itself never makes one.
  const outside: string[] = [];
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => {
      outside.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  // The background is ready once it has stored the phrase data: pages opened before that would have to
  // ask it, racing its start (the first test of a file used to see no content script answer at all).
  await worker.evaluate(async () => {
    for (let i = 0; i < 300; i++) {
      if ((await (globalThis as any).chrome.storage.local.get('pageData')).pageData) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  // The first-install welcome tab opens on its own; note it and close it.
  let welcomed = false;
  const closeWelcome = (page: Page) => {
    if (welcomed || !page.url().includes('welcome.html')) return false;
    welcomed = true; // only the install's own welcome tab; tests may open the page themselves later
    void page.close();
    return true;
  };
  context.on('page', (page) => {
    if (!welcomed && !closeWelcome(page)) void page.waitForURL(/welcome\.html/, { timeout: 5000 }).then(() => closeWelcome(page), () => {});
  });
  for (const page of context.pages()) closeWelcome(page);
  return {
    context,
    outside,
    get welcomed() {
      return welcomed;
    },
    worker,
    extensionId,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `page` (brought to front, so it is the active tab). */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id!;
  });
}

export interface PageState {
  host: string;
  active: boolean;
  reason?: string;
  pausedUntil?: number;
  idle: boolean;
  slicing: { slices: number; mostWork: number; longestMs: number };
  found: { entry: string; claims: number; mentions: number; debunked: number }[];
}

/** Asks the tab's content script for its state, as the popup does; `waitForIdle` waits for the scan. */
export async function pageState(ext: ExtensionBrowser, tabId: number, waitForIdle = true): Promise<PageState | null> {
  return ext.worker.evaluate(
    async ([id, wait]) => {
      try {
        return await chrome.tabs.sendMessage(id, { type: 'get-page-state', waitForIdle: wait }, { frameId: 0 });
      } catch {
        return null;
      }
    },
    [tabId, waitForIdle] as const,
  );
}

/**
 * Waits until the content script answers, has caught up with the page and `accept`s its state.
 * Each round asks the content script to answer only once its scanner is idle (its own signal).
 */
export async function waitForState(ext: ExtensionBrowser, tabId: number, accept: (s: PageState) => boolean = () => true) {
  const deadline = Date.now() + 20_000;
  let last: PageState | null = null;
  while (Date.now() < deadline) {
    last = await pageState(ext, tabId, true);
    if (last?.idle && accept(last)) return last;
    if (!last) await ext.worker.evaluate(() => new Promise((r) => setTimeout(r, 100))); // not injected yet
  }
  throw new Error(`page state not reached in time; last state: ${JSON.stringify(last)}`);
}

export async function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Highlight sizes by name, read from the page's own CSS.highlights registry. */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    for (const [name, highlight] of (CSS as any).highlights) out[name] = highlight.size;
    return out;
  });
}

export const totalPainted = (sizes: Record<string, number>) =>
  Object.entries(sizes)
    .filter(([name]) => !['el-current', 'el-flash'].includes(name))
    .reduce((n, [, size]) => n + size, 0);

/** Opens the options page (as the reader would, in a tab). */
export async function openOptions(ext: ExtensionBrowser, hash = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html${hash}`);
  await page.bringToFront();
  await page.getByRole('heading', { name: 'General' }).waitFor();
  return page;
}

/** Opens the popup's page for a given tab (the toolbar popup itself cannot be clicked headless). */
export async function openPopup(ext: ExtensionBrowser, tabId: number, query = ''): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}${query}`);
  await page.bringToFront();
  return page;
}

/**
 * Sets a checkbox or switch on an extension page by clicking it, without Playwright's visibility
 * checks: the options tab is often in the background while a test watches another tab, and background
 * tabs get no animation frames.
 */
export async function setChecked(locator: Locator, on: boolean) {
  await locator.evaluate((el, want) => {
    if ((el as HTMLInputElement).checked !== want) (el as HTMLInputElement).click();
  }, on);
}
