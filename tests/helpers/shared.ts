/**
 * Access to ../shared (real pages and labelled sentences), read in place, never copied.
 * A missing ../shared fails loudly: these tests must not pass by skipping.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// Vitest's DOM environments give import.meta.url an http: address but keep .dirname.
const here = import.meta.url.startsWith('file:')
  ? dirname(fileURLToPath(import.meta.url))
  : (import.meta as { dirname?: string }).dirname!;
export const SHARED = resolve(here, '..', '..', '..', 'shared');

export function sharedPath(...parts: string[]): string {
  const path = join(SHARED, ...parts);
  if (!existsSync(path)) {
    throw new Error(
      `Missing ${path}. These tests read the shared corpus from ../shared beside the project checkout ` +
        '(see README, "Tests"). Put the shared folder there; tests do not skip without it.',
    );
  }
  return path;
}

export interface EvalSentence {
  text: string;
  label: 'positive' | 'negative' | 'near-miss';
  topic: string | null;
  note?: string;
}

export function evalSentences(): EvalSentence[] {
  return readFileSync(sharedPath('eval', 'claims-dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** Every HTML page of the corpus, by its path relative to corpus/. */
export function corpusPages(): string[] {
  const root = sharedPath('corpus');
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) out.push(path.slice(root.length + 1));
    }
  };
  walk(root);
  return out.sort();
}
