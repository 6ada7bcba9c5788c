/**
 * Page text and evidence strings reach the screen as text only (Preact text nodes, textContent): no
 * product code may write HTML from strings. The scripts that build test pages are not product code.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { PROJECT_ROOT } from '../../data/load-from-disk';

const PRODUCT_DIRS = ['entrypoints', 'components', 'utils', 'data'];
const FORBIDDEN = [
  /\.innerHTML\s*=/,
  /\.outerHTML\s*=/,
  /insertAdjacentHTML\s*\(/,
  /dangerouslySetInnerHTML/,
  /document\.write(ln)?\s*\(/,
  /\bcreateContextualFragment\s*\(/,
  /\bDOMParser\b/,
  /\beval\s*\(/,
  /new Function\s*\(/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML from strings, no eval', () => {
  const sources = PRODUCT_DIRS.flatMap((d) => files(join(PROJECT_ROOT, d)));
  it('checks the product sources', () => {
    expect(sources.length).toBeGreaterThan(30);
  });
  it.each(FORBIDDEN.map((re) => [re.source, re] as const))('nothing matches %s', (_name, re) => {
    const offenders = sources.filter((f) => re.test(readFileSync(f, 'utf8'))).map((f) => relative(PROJECT_ROOT, f));
    expect(offenders).toEqual([]);
  });
});
