/**
 * Algorithm choice, measured over the text of the corpus pages, in Node: our scan (a RegExp of phrase
 * prefixes finds the word starts, the trie walks them), the same trie walked from every word start,
 * and one combined case-insensitive RegExp of every phrase spelling.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { SHARED_DIR } from '../../data/load-from-disk';
import { buildData } from '../../data/build';
import { createMatcher } from '../../utils/matcher/scan';
import { collectBlocks } from '../../utils/page/blocks';
import { canonicalPhrase, expandVariants } from '../../utils/matcher/variants';
import { median } from './pages';

export function benchMatcher(pages: string[], rounds = 7) {
  const { index, entries } = buildData();
  const texts = pages.flatMap((p) => {
    const dom = new JSDOM(readFileSync(join(SHARED_DIR, 'corpus', p), 'utf8'), { virtualConsole: new VirtualConsole() });
    const out = collectBlocks(dom.window.document.body).map((b) => b.text);
    dom.window.close();
    return out;
  });
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s\\-\\u2010-\\u2015]+');
  const spellings = [...new Set(entries.flatMap((e) => e.phrases.map((p) => (typeof p === 'string' ? p : p.text))).flatMap((p) => expandVariants(canonicalPhrase(p))))];
  const combined = new RegExp(`(?<![\\p{L}\\p{N}])(?:${spellings.sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const matcher = createMatcher(index);
  const everyWordStart = createMatcher(index, { charByChar: true });
  const time = (fn: () => number) => {
    const runs: number[] = [];
    let found = 0;
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      found = fn();
      runs.push(performance.now() - t);
    }
    return { ms: median(runs), found };
  };
  const ours = time(() => texts.reduce((n, t) => n + matcher.scan(t).length, 0));
  const trie = time(() => texts.reduce((n, t) => n + everyWordStart.scan(t).length, 0));
  const regexp = time(() => texts.reduce((n, t) => n + (t.match(combined)?.length ?? 0), 0));
  const read = time(() => texts.reduce((n, t) => {
    let x = 0;
    for (let i = 0; i < t.length; i++) x += t.charCodeAt(i) & 1;
    return n + (x & 0);
  }, 0));
  return { chars, spellings: spellings.length, ours, trie, regexp, read };
}
