/**
 * The page scanner's slicing, with a clock the test controls: work is cut where SLICE_MS says, the
 * page gets a turn between slices, and the longest slice it reports is what really ran between yields.
 * With a clock that never moves, the count of work alone still cuts every slice at SLICE_WORK.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageScanner } from '../../utils/page/page-scanner';
import { SLICE_MS, SLICE_WORK, STEP_MAX } from '../../utils/page/slice-clock';
import { createMarkPainter } from '../../utils/page/mark-painter';
import { matcher } from '../helpers/matcher';
import type { Matcher } from '../../utils/matcher/scan';

let clock = 0;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** The real matcher, except that each block scan costs `ms` on the test's clock. */
const slowMatcher = (ms: number): Matcher => ({
  ...matcher,
  scan: (...args) => {
    clock += ms;
    return matcher.scan(...args);
  },
});

function scannerFor(blockCostMs: number) {
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  const yields: number[] = [];
  const scanner = createPageScanner({
    root: document,
    matcher: slowMatcher(blockCostMs),
    painter: createMarkPainter(document),
    filter: () => true,
    yieldToPage: async () => {
      yields.push(clock);
      clock += 100; // the page's own turn: not ours, must not count
    },
  });
  return { scanner, yields };
}

describe('page scanner slices', () => {
  it('yields after SLICE_MS of work and reports the longest slice it ran', async () => {
    document.body.innerHTML = Array.from({ length: 20 }, (_, i) => `<p>Post ${i}: a clinic sells young plasma.</p>`).join('');
    const { scanner, yields } = scannerFor(3);
    await scanner.scanAll();
    // 20 blocks × 3 ms = 60 ms of scanning, cut into slices of just over 8 ms (3 blocks = 9 ms each).
    expect(yields.length).toBe(6);
    expect(scanner.slicing.longestMs).toBeGreaterThan(SLICE_MS);
    expect(scanner.slicing.longestMs).toBeLessThanOrEqual(SLICE_MS + 3);
    expect(scanner.visible()).toHaveLength(20);
    scanner.dispose();
  });

  it('counts one slow block as one long slice (no yield inside a block of normal size)', async () => {
    document.body.innerHTML = '<p>Young plasma to reverse aging.</p><p>Stem cell clinics.</p>';
    const { scanner } = scannerFor(40);
    await scanner.scanAll();
    expect(scanner.slicing.longestMs).toBe(40);
    scanner.dispose();
  });

  it('cuts work by count when the clock stands still (a machine too busy to time)', async () => {
    // 15,000 text nodes and one 300,000-character text: several slices of work.
    const posts = Array.from({ length: 15_000 }, (_, i) => `<span>item ${i}</span>`).join('');
    const long = 'filler text '.repeat(25_000) + 'young plasma infusions';
    document.body.innerHTML = `<div>${posts}</div><p>A clinic sells stem cell therapy.</p><p>${long}</p>`;
    const { scanner, yields } = scannerFor(0);
    await scanner.scanAll();
    expect(yields.length).toBeGreaterThanOrEqual(Math.floor((15_000 + 300_000 / 64) / SLICE_WORK));
    expect(scanner.slicing.slices).toBe(yields.length + 1);
    expect(scanner.slicing.mostWork).toBeLessThanOrEqual(SLICE_WORK + STEP_MAX);
    expect(scanner.slicing.longestMs).toBe(0);
    const found = scanner.eachVisible().map((p) => p.block.block.text.slice(p.match.start, p.match.end));
    expect(found.sort()).toEqual(['stem cell therapy', 'young plasma']);
    scanner.dispose();
  }, 60_000);

  it('finds a phrase whose words sit in nodes parted by a whitespace-only node', async () => {
    document.body.innerHTML = '<p>Visit our <em>stem</em>\n  <em>cell</em> clinic today.</p><p>Nothing here.</p>';
    const { scanner } = scannerFor(0);
    await scanner.scanAll();
    expect(scanner.visible().map((p) => p.range.toString())).toEqual(['stem\n  cell clinic']);
    scanner.dispose();
  });
});

describe('page scanner first pass', () => {
  /** The texts the scanner reads in full: those whose blocks the first pass let through. */
  async function scannedTexts(html: string) {
    document.body.innerHTML = html;
    const scanned: string[] = [];
    const scanner = createPageScanner({
      root: document,
      matcher: { ...matcher, scan: (text, ...rest) => (scanned.push(text), matcher.scan(text, ...rest)) },
      painter: createMarkPainter(document),
      filter: () => true,
      yieldToPage: async () => {},
    });
    await scanner.scanAll();
    const found = scanner.visible().map((p) => p.range.toString());
    scanner.dispose();
    return { scanned: [...new Set(scanned)], found };
  }

  it('gives an ambiguous menu item no context from the items beside it', async () => {
    const menu = '<ul><li><a href="/a">Sleep Disorders</a></li><li><a href="/b">Healthy Aging</a></li></ul>';
    expect(await scannedTexts(menu)).toEqual({ scanned: [], found: [] });
  });

  it('still reads context across inline elements and nodes of one paragraph', async () => {
    const { found } = await scannedTexts('<p>Poor <b>sleep</b> in midlife, <a href="/x">a study says</a>, is tied to faster <i>ageing</i>.</p>');
    expect(found).toContain('sleep');
  });
});
