/**
 * Page benchmark in headless Chromium on the pages of ../shared/corpus, all in one run:
 * (a) floor: a TreeWalker pass reading the text; (b) ours: scan + paint; (c) mark.js marking the same
 * vocabulary. Pages are served under /csp-isolated/: their own scripts stay off, so only this work is
 * timed, and the clock has 5 µs steps (cross-origin isolated) rather than 100 µs.
 */
import { chromium, type Page } from 'playwright-core';
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, SHARED_DIR } from '../../data/load-from-disk';
import { buildData } from '../../data/build';
import { startServer } from '../static-server';

export interface PageResult {
  page: string;
  chars: number;
  floor: number;
  ours: number;
  longest: number;
  mark: number | null;
  ranges: number;
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchPages(options: { pages: string[]; repeat?: number; withMark?: boolean }): Promise<PageResult[]> {
  const { index, entries } = buildData();
  const bundled = await build({
    entryPoints: [join(PROJECT_ROOT, 'scripts/bench/page-harness.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2022',
  });
  const harness = bundled.outputFiles[0].text;
  const markSource = readFileSync(join(PROJECT_ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
  // mark.js gets every phrase of the evidence base as written (it folds case and diacritics itself).
  const terms = [...new Set(entries.flatMap((e) => e.phrases.map((p) => (typeof p === 'string' ? p : p.text))))];
  const server = await startServer({ '/corpus/': join(SHARED_DIR, 'corpus') });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
  });
  const context = await browser.newContext();
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort()); // offline machine
  const page: Page = await context.newPage();
  const results: PageResult[] = [];
  const repeat = options.repeat ?? 5;
  const load = async (path: string) => {
    // As the content script finds a page (runAt document_idle): loaded, and its first frame drawn.
    await page.goto(`${server.url}/csp-isolated/corpus/${path}`, { waitUntil: 'load' });
    await page.evaluate(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    await page.evaluate(harness); // evaluated by the debugger protocol, which page CSP does not block
    if (!(await page.evaluate(() => crossOriginIsolated))) throw new Error(`bench: ${path} is not cross-origin isolated; its clock would step by 100 µs`);
  };
  try {
    for (const path of options.pages) {
      const floors: number[] = [];
      const runs: { ms: number; longest: number; ranges: number }[] = [];
      for (let i = 0; i < repeat; i++) {
        await load(path);
        floors.push(await page.evaluate(() => (window as any).__bench.floor()));
        runs.push(await page.evaluate((idx) => (window as any).__bench.ours(idx), index));
      }
      const chars = await page.evaluate(() => (window as any).__floorChars as number);
      let mark: number | null = null;
      if (options.withMark !== false) {
        await load(path);
        await page.evaluate(markSource);
        mark = await page.evaluate((t) => (window as any).__bench.markjs(t), terms);
      }
      results.push({
        page: path,
        chars,
        floor: median(floors),
        ours: median(runs.map((r) => r.ms)),
        longest: Math.max(...runs.map((r) => r.longest)),
        mark,
        ranges: runs[0].ranges,
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}
