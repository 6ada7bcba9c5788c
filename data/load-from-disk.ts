/**
 * Node-only loading of the evidence base and the shared bibliography (build plugin, CLI, scripts,
 * tests). The extension itself never reads files: it gets the validated data from the build.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateEntries, type BibliographyRecord, type ValidationResult } from './validate';
import { validateLanguage, type ValidatedLanguage } from './validate-language';

// Vite's config bundler rewrites import.meta.url (not .dirname) to the original file; Vitest's DOM
// environments give import.meta.url an http: address but keep .dirname.
const here = import.meta.url.startsWith('file:')
  ? dirname(fileURLToPath(import.meta.url))
  : (import.meta as { dirname?: string }).dirname!;
export const PROJECT_ROOT = resolve(here, '..');
export const ENTRIES_DIR = join(PROJECT_ROOT, 'data', 'entries');
export const SHARED_DIR = resolve(PROJECT_ROOT, '..', 'shared');
export const BIBLIOGRAPHY_PATH = join(SHARED_DIR, 'bibliography.jsonl');

export function readEntryFiles(dir = ENTRIES_DIR) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({
      path: relative(PROJECT_ROOT, join(dir, name)),
      text: readFileSync(join(dir, name), 'utf8'),
    }));
}

/** The shared bibliography, or null when ../shared is not beside the project. */
export function readBibliography(path = BIBLIOGRAPHY_PATH): BibliographyRecord[] | null {
  if (!existsSync(path)) return null;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      try {
        return JSON.parse(line) as BibliographyRecord;
      } catch {
        throw new Error(`${path}:${i + 1}: not valid JSON`);
      }
    });
}

export const todayIso = () => new Date().toISOString().slice(0, 10);

const languageFile = (name: string) => ({
  path: `data/${name}`,
  text: readFileSync(join(PROJECT_ROOT, 'data', name), 'utf8'),
});

/** The entries and the language files (claim and doubt words, the claim grammar), all validated. */
export function loadEvidenceBase(options: { requireBibliography?: boolean } = {}): ValidationResult & {
  language: Omit<ValidatedLanguage, 'errors'>;
  bibliographyFound: boolean;
} {
  const bibliography = readBibliography();
  if (!bibliography && options.requireBibliography) {
    throw new Error(
      `Cannot check sources: ${BIBLIOGRAPHY_PATH} is missing. ../shared must sit beside the project.`,
    );
  }
  const result = validateEntries(readEntryFiles(), bibliography, todayIso());
  const { errors, ...language } = validateLanguage(
    { cues: languageFile('cues.json'), grammar: languageFile('claim-grammar.json'), stance: languageFile('stance.json') },
    result.entries,
  );
  return { ...result, errors: [...result.errors, ...errors], language, bibliographyFound: !!bibliography };
}
