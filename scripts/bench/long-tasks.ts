/**
 * The longest main-thread task (Long Tasks API) while the built extension scans the hostile
 * robustness pages (tests/fixtures): 100,000 text nodes, 5,000 levels of nesting, a 5 MB text node.
 * The e2e tests check that the scan is sliced by a count of work, not the clock; the time each task
 * really takes is measured here. The page's own building script is a long task too: it is reported
 * apart (tasks that ended before the content script started), so the figure is ours.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../data/load-from-disk';
import { startServer } from '../static-server';
import { median } from './pages';

declare const chrome: any;

export const HOSTILE_PAGES = ['many-nodes.html', 'deep.html', 'huge-text.html'];

export interface LongTaskResult {
  page: string;
  /** The longest task from the content script's start to the scan's end, ms (median of runs). */
  longest: number;
  /** Long tasks (≥ 50 ms) in that time, median of runs. */
  count: number;
  /** The longest task before the content script started (the page building itself), ms. */
  pageOwn: number;
  /** The scanner's own longest slice, as it reports it (page state), ms: tasks under 50 ms too. */
  slice: number;
}

export async function benchLongTasks(runs = 3): Promise<LongTaskResult[]> {
  const dir = join(PROJECT_ROOT, '.output', 'chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'el-longtasks-'));
  const server = await startServer({ '/': join(PROJECT_ROOT, 'tests', 'fixtures') });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  // Every task of the page's main thread, the content script's included (same thread, other world).
  await context.addInitScript(() => {
    const tasks: { start: number; end: number }[] = [];
    (window as any).__elLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
  const results: LongTaskResult[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    for (const name of HOSTILE_PAGES) {
      const longest: number[] = [];
      const count: number[] = [];
      const own: number[] = [];
      const slices: number[] = [];
      for (let i = 0; i < runs; i++) {
        const page = await context.newPage();
        await page.goto(`${server.url}/${name}`, { waitUntil: 'load' });
        await page.bringToFront();
        // The content script answers once its scan has caught up with the page (its own idle signal).
        const state = await worker.evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          for (let t = 0; t < 200; t++) {
            try {
              const s = await chrome.tabs.sendMessage(tab.id, { type: 'get-page-state', waitForIdle: true }, { frameId: 0 });
              if (s?.idle) return s as { slicing: { longestMs: number } };
            } catch {
              await new Promise((r) => setTimeout(r, 100)); // not injected yet
            }
          }
          return null;
        });
        if (!state) throw new Error(`bench: ${name} never became idle`);
        const { tasks, loadEnd } = await page.evaluate(() => ({
          tasks: (window as any).__elLongTasks as { start: number; end: number }[],
          loadEnd: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd,
        }));
        // document_idle: the content script starts after the load; earlier tasks are the page's own.
        const ours = tasks.filter((t) => t.end > loadEnd);
        own.push(Math.max(0, ...tasks.filter((t) => t.end <= loadEnd).map((t) => t.end - t.start)));
        longest.push(Math.max(0, ...ours.map((t) => t.end - t.start)));
        count.push(ours.length);
        slices.push(state.slicing.longestMs);
        await page.close();
      }
      results.push({ page: name, longest: median(longest), count: median(count), pageOwn: median(own), slice: median(slices) });
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}
