/**
 * `npm run bench` — every speed and size figure in one run, as ratios against baselines measured in the
 * same run (machines are noisy; absolute milliseconds are shown for scale only).
 *   --pages N   only the first N corpus pages (default: all)      --no-mark   skip mark.js (slow)
 *   --frames    only the frame-heavy pages (added script time and heap) and the size
 *   --hostile   only the longest tasks on the hostile robustness pages
 *   --baseline DIR   also measure the unpacked Chrome build in DIR on the frame-heavy pages, in the same
 *                    run (e.g. the previous version, to quote before and after as one comparison)
 */
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { PROJECT_ROOT, SHARED_DIR } from '../data/load-from-disk';
import { benchPages, median } from './bench/pages';
import { benchMatcher } from './bench/matcher';
import { benchSearch } from './bench/search';
import { benchPopup } from './bench/popup';
import { benchFrames } from './bench/frames';
import { benchLongTasks } from './bench/long-tasks';

const args = process.argv.slice(2);
const limit = args.includes('--pages') ? Number(args[args.indexOf('--pages') + 1]) : Infinity;
const withMark = !args.includes('--no-mark');
const onlyFrames = args.includes('--frames');
const onlyHostile = args.includes('--hostile');
const baseline = args.includes('--baseline') ? args[args.indexOf('--baseline') + 1] : null;
const geo = (xs: number[]) => Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
const f = (x: number, d = 1) => x.toFixed(d);

if (!existsSync(join(SHARED_DIR, 'corpus', 'MANIFEST.tsv'))) {
  console.error(`bench: ${SHARED_DIR}/corpus is missing; ../shared must sit beside the project.`);
  process.exit(2);
}
const pages = readFileSync(join(SHARED_DIR, 'corpus', 'MANIFEST.tsv'), 'utf8')
  .split('\n')
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [repo, , path] = line.split('\t');
    return repo === 'seed' ? 'seed/article.html' : `${repo.replace('/', '__')}/${path}`;
  })
  .slice(0, limit);

console.log('› Building the extension (for the popup and size figures)…');
execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'ignore' });

/** Corpus pages the frame-heavy set adds iframes to, and real corpus pages that carry 3 or more. */
const FRAME_BASES = [
  'seed/article.html',
  'mozilla__readability/test/test-pages/guardian-1/source.html',
  'mozilla__readability/test/test-pages/nytimes-3/source.html',
  'mozilla__readability/test/test-pages/medicalnewstoday/source.html',
  'mozilla__readability/test/test-pages/webmd-1/source.html',
  'mozilla__readability/test/test-pages/ars-1/source.html',
  'postlight__parser/fixtures/abcnews.go.com.html',
  'postlight__parser/fixtures/www.wired.com--other.html',
];
const REAL_FRAMED = [
  'postlight__parser/fixtures/www.littlethings.com.html',
  'mozilla__readability/test/test-pages/breitbart/source.html',
  'mozilla__readability/test/test-pages/wikia/source.html',
  'mozilla__readability/test/test-pages/msn/source.html',
  'postlight__parser/fixtures/www.phoronix.com.html',
  'mozilla__readability/test/test-pages/yahoo-2/source.html',
  'mozilla__readability/test/test-pages/pixnet/source.html',
  'mozilla__readability/test/test-pages/qq/source.html',
];

async function framesPart() {
  const variants = [
    ...(baseline ? [{ name: 'baseline', dir: baseline }] : []),
    { name: 'this build', dir: join(PROJECT_ROOT, '.output', 'chrome-mv3') },
  ];
  console.log(`\n› Frame-heavy pages: ${FRAME_BASES.length} corpus pages with 10–25 iframes added, ${REAL_FRAMED.length} real corpus pages with iframes;`);
  console.log('  added by the extension (with minus without, median of 3 loads, read after 2 s idle)');
  if (baseline) console.log(`  two builds in turn: baseline (${baseline}) | this build`);
  const cols = (xs: number[], d: number, w: number) => xs.map((x) => f(x, d)).join(' | ').padStart(w);
  const w = variants.length * 9;
  console.log('page'.padEnd(56), 'iframes'.padStart(8), 'script ms'.padStart(w), 'heap MB'.padStart(w));
  const fr = await benchFrames({
    bases: FRAME_BASES,
    real: REAL_FRAMED,
    variants,
    onResult: (r) => console.log(r.page.slice(-56).padEnd(56), String(r.frames).padStart(8), cols(r.script, 1, w), cols(r.heap, 2, w)),
  });
  const heavy = fr.filter((r) => r.frames >= 15);
  for (const [v, { name }] of variants.entries()) {
    console.log(`${name}: median added script time ${f(median(fr.map((r) => r.script[v])))} ms (target ≤ 10 ms); median added heap ${f(median(fr.map((r) => r.heap[v])), 2)} MB`);
    if (heavy.length) {
      console.log(`${name}: pages with ≥ 15 iframes (${heavy.length}): script at most ${f(Math.max(...heavy.map((r) => r.script[v])))} ms (target ≤ 15 ms), heap at most ${f(Math.max(...heavy.map((r) => r.heap[v])), 2)} MB (target ≤ 2 MB)`);
    }
  }
}

function sizePart() {
  console.log('\n› Size');
  const content = readFileSync(join(PROJECT_ROOT, '.output/chrome-mv3/content-scripts/content.js'));
  const kb = gzipSync(content, { level: 9 }).length / 1024;
  console.log(`content script: ${f(content.length / 1024)} KB, ${f(kb)} KB gzipped (target ≤ 40 KB)`);
}

async function hostilePart() {
  console.log('\n› Hostile pages (tests/fixtures), the built extension: longest main-thread task (Long Tasks API, median of 3)');
  for (const r of await benchLongTasks()) {
    const ours = r.count ? `${f(r.longest)} ms (${r.count} task(s) ≥ 50 ms)` : 'no task ≥ 50 ms';
    console.log(`${r.page.padEnd(16)} ours: ${ours}; our longest slice ${f(r.slice)} ms · the page building itself: ${f(r.pageOwn)} ms`);
  }
}

if (onlyHostile) {
  await hostilePart();
  process.exit(0);
}
if (onlyFrames) {
  await framesPart();
  sizePart();
  process.exit(0);
}

console.log(`\n› Pages: ${pages.length} real pages from ../shared/corpus, headless Chromium, median of 5 loads`);
const results = await benchPages({ pages, withMark });
console.log('page'.padEnd(58), 'chars'.padStart(8), 'floor ms'.padStart(9), 'ours ms'.padStart(8), 'ours/floor'.padStart(11), 'longest'.padStart(8), withMark ? 'mark.js ms'.padStart(11) + ' mark/ours'.padStart(10) : '');
for (const r of results) {
  console.log(
    r.page.slice(-58).padEnd(58), String(r.chars).padStart(8), f(r.floor).padStart(9), f(r.ours).padStart(8),
    f(r.ours / r.floor).padStart(11), f(r.longest).padStart(8),
    r.mark !== null ? f(r.mark, 0).padStart(11) + f(r.mark / r.ours, 0).padStart(10) : '',
  );
}
const ratio = geo(results.map((r) => r.ours / Math.max(r.floor, 0.1)));
const longest = Math.max(...results.map((r) => r.longest));
console.log(`\nGeometric mean ours/floor: ${f(ratio, 2)} (target ≤ 4)`);
if (withMark) console.log(`Geometric mean mark.js/ours: ${f(geo(results.map((r) => r.mark! / r.ours)), 0)} (target ≥ 100)`);
console.log(`Our longest task: ${f(longest)} ms (target ≤ 50 ms)`);

console.log('\n› Matcher algorithm (Node, corpus text, median of 7)');
const m = benchMatcher(pages.slice(0, 12));
console.log(`${m.chars} characters, ${m.spellings} phrase spellings`);
console.log(`ours (prefix RegExp + trie) ${f(m.ours.ms, 2)} ms (${m.ours.found} found) · trie from every word start ${f(m.trie.ms, 2)} ms (${m.trie.found} found) · one combined RegExp ${f(m.regexp.ms, 2)} ms (${m.regexp.found} found) · reading every character ${f(m.read.ms, 2)} ms`);
console.log(`RegExp/ours: ${f(m.regexp.ms / m.ours.ms, 1)} · every-word-start/ours: ${f(m.trie.ms / m.ours.ms, 1)} · ours/read: ${f(m.ours.ms / m.read.ms, 1)}`);

console.log('\n› Popup lookup (word postings, fuse.js for typos), per keystroke');
const s = benchSearch();
console.log(`shipped ${s.entries} entries: median ${f(s.shipped.median, 2)} ms, max ${f(s.shipped.max, 2)} ms (target ≤ 2 ms median)`);
console.log(`10,000 entries: median ${f(s.tenThousand.median, 2)} ms, max ${f(s.tenThousand.max, 2)} ms (target ≤ 16 ms median)`);

console.log('\n› Popup in Chromium');
const p = await benchPopup();
console.log(`first render ${f(p.firstRender)} ms after navigation start; "On this page" ready at ${f(p.pageState)} ms`);

await hostilePart();
await framesPart();
sizePart();
