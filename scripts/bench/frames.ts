/**
 * What the built extension adds to a frame-heavy page, black-box: the page's script time (CDP
 * Performance.getMetrics ScriptDuration) and JS heap (JSHeapUsedSize), with the extension minus
 * without, median of `repeat` loads each, read after the page has been idle for 2 s. Pages: corpus pages
 * with 10–25 iframes added (frame-pages.ts) and the real corpus pages that carry iframes (their scripts
 * removed, so only the extension differs between the two browsers).
 * The metrics are the top page's renderer: cross-origin frames run in their own process and are not in them.
 * Several builds can be measured in one run (`variants`, e.g. a baseline build beside this one): each is
 * compared with the same browser without an extension, loads taken in turn, so the comparison is a ratio
 * of one run on one machine.
 */
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, SHARED_DIR } from '../../data/load-from-disk';
import { startServer } from '../static-server';
import { median } from './pages';
import { writeFramePages } from './frame-pages';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update'];

export interface FrameResult {
  page: string;
  frames: number;
  /** Added script time, ms, per variant (in the order given). */
  script: number[];
  /** Added JS heap, MB, per variant. */
  heap: number[];
}

/** A build to measure: a name for the report and the unpacked extension's folder. */
export interface Variant {
  name: string;
  dir: string;
}

const countFrames = (html: string) => (html.match(/<iframe\b/gi) ?? []).length;

async function launch(profile: string, extensionDir: string | null): Promise<BrowserContext> {
  const args = extensionDir ? [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : FLAGS;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1200, height: 800 },
    args,
  });
  await context.route(
    (url) => !['127.0.0.1', 'localhost'].includes(url.hostname) && /^(https?|wss?):$/.test(url.protocol),
    (route) => route.abort('internetdisconnected'),
  );
  if (extensionDir) {
    // Let the background store the phrase filter and the welcome tab open, then close it.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await worker.evaluate(() => new Promise((r) => setTimeout(r, 1000)));
    for (const page of context.pages()) if (page.url().includes('welcome')) await page.close();
  }
  return context;
}

async function measure(context: BrowserContext, url: string): Promise<{ script: number; heap: number }> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(2000); // idle: the content scripts (document_idle) have run and settled
    const { metrics } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => metrics.find((m: { name: string }) => m.name === name)?.value ?? 0;
    return { script: get('ScriptDuration') * 1000, heap: get('JSHeapUsedSize') / (1024 * 1024) };
  } finally {
    await page.close();
  }
}

export async function benchFrames(options: {
  bases: string[];
  real: string[];
  repeat?: number;
  /** The builds to measure (default: this project's .output/chrome-mv3). */
  variants?: Variant[];
  /** Each page's row as soon as it is measured (the whole set takes minutes). */
  onResult?: (r: FrameResult) => void;
}): Promise<FrameResult[]> {
  const repeat = options.repeat ?? 3;
  const corpus = join(SHARED_DIR, 'corpus');
  const dir = mkdtempSync(join(tmpdir(), 'el-frames-'));
  const server = await startServer({ '/framed/': dir, '/frame-kit/': join(dir, 'frame-kit') });
  const crossOrigin = server.url.replace('127.0.0.1', 'localhost');
  const pages = writeFramePages(dir, corpus, options.bases, crossOrigin);
  for (const path of options.real) {
    const html = readFileSync(join(corpus, path), 'utf8').replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const name = `real_${path.replace(/[/.]/g, '_')}.html`;
    writeFileSync(join(dir, name), html);
    pages.push({ path: `/framed/${name}`, frames: countFrames(html) });
  }
  const variants = options.variants ?? [{ name: 'this build', dir: join(PROJECT_ROOT, '.output', 'chrome-mv3') }];
  const profiles = [...variants, null].map(() => mkdtempSync(join(tmpdir(), 'el-frames-')));
  const browsers: BrowserContext[] = [];
  const results: FrameResult[] = [];
  try {
    for (const [i, v] of variants.entries()) browsers.push(await launch(profiles[i], v.dir));
    const without = await launch(profiles[variants.length], null);
    browsers.push(without);
    for (const { path, frames } of pages) {
      const runs = browsers.map(() => [] as { script: number; heap: number }[]);
      // Take the browsers in turn load by load, so a busy moment of the machine hits all of them.
      for (let i = 0; i < repeat; i++) {
        for (const [b, context] of browsers.entries()) runs[b].push(await measure(context, server.url + path));
      }
      const base = runs[variants.length];
      const added = (key: 'script' | 'heap') =>
        variants.map((_, v) => median(runs[v].map((r) => r[key])) - median(base.map((r) => r[key])));
      const result = { page: path.replace('/framed/', ''), frames, script: added('script'), heap: added('heap') };
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    for (const context of browsers) await context.close();
    await server.close();
    for (const p of [...profiles, dir]) rmSync(p, { recursive: true, force: true });
  }
  return results;
}
