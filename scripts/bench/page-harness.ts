/**
 * Runs inside a benchmark page (bundled by scripts/bench/pages.ts): the floor, our scan + paint with
 * its longest task, and mark.js, each timed in the page itself.
 */
import type { CompiledIndex } from '../../utils/matcher/compile';
import { createMatcher } from '../../utils/matcher/scan';
import { createHighlightPainter } from '../../utils/page/painter';
import { createPageScanner } from '../../utils/page/page-scanner';

/** (a) The floor: a bare TreeWalker pass that only reads the text. */
function floor(): number {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
  const ms = performance.now() - start;
  (window as any).__floorChars = chars;
  return ms;
}

/** (b) Ours: scan + paint the whole page. Total main-thread time and the longest slice (task). */
async function ours(index: CompiledIndex): Promise<{ ms: number; longest: number; slices: number; ranges: number }> {
  const matcher = createMatcher(index);
  const painter = createHighlightPainter(window, 'background');
  const slices: number[] = [];
  let sliceStart = 0;
  const scanner = createPageScanner({
    root: document,
    matcher,
    painter,
    filter: () => true,
    yieldToPage: () => {
      slices.push(performance.now() - sliceStart);
      return new Promise((resolve) =>
        setTimeout(() => {
          sliceStart = performance.now();
          resolve();
        }, 0),
      );
    },
  });
  sliceStart = performance.now();
  await scanner.scanAll();
  slices.push(performance.now() - sliceStart);
  const ranges = scanner.visible().length;
  scanner.dispose();
  painter.dispose();
  return { ms: slices.reduce((a, b) => a + b, 0), longest: Math.max(...slices), slices: slices.length, ranges };
}

/**
 * (c) mark.js marking the same vocabulary the way its users do: an array of terms, whole words,
 * case- and diacritic-insensitive. mark.js chains one callback per term, so the terms go in batches
 * of 50 (one call with 1,000+ terms overflows its stack).
 */
async function markjs(terms: string[]): Promise<number> {
  const start = performance.now();
  const marker = new (window as any).Mark(document.body);
  for (let i = 0; i < terms.length; i += 50) {
    await new Promise<void>((done) =>
      marker.mark(terms.slice(i, i + 50), { separateWordSearch: false, accuracy: 'exactly', done: () => done() }),
    );
  }
  return performance.now() - start;
}

(window as any).__bench = { floor, ours, markjs };

import { collectBlocks } from '../../utils/page/blocks';
/** Where the time goes (diagnostics): create the matcher, collect blocks, scan them; twice (cold, warm). */
(window as any).__profile = (index: CompiledIndex) => {
  const out: Record<string, number>[] = [];
  for (let run = 0; run < 2; run++) {
    let t = performance.now();
    const matcher = createMatcher(index);
    const create = performance.now() - t;
    t = performance.now();
    const blocks = collectBlocks(document.body);
    const collect = performance.now() - t;
    t = performance.now();
    let found = 0;
    for (const b of blocks) found += matcher.scan(b.text).length;
    const scan = performance.now() - t;
    out.push({ create, collect, scan, blocks: blocks.length, chars: blocks.reduce((n, b) => n + b.text.length, 0), found });
  }
  return out;
};

