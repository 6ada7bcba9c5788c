/**
 * Builds the evidence base for the extension: validates every entry (the build fails naming the file
 * and field), compiles the phrase index once, and summarises the data for "About the data".
 */
import { createHash } from 'node:crypto';
import { compileIndex, type CompiledIndex } from '../utils/matcher/compile';
import type { Entry } from './schema';
import { loadEvidenceBase, readEntryFiles } from './load-from-disk';

export interface DataInfo {
  version: string;
  entries: number;
  sources: number;
  newestReviewed: string;
}

export interface BuiltData {
  entries: Entry[];
  index: CompiledIndex;
  info: DataInfo;
  /** Warnings that do not fail the build (e.g. ../shared missing, so provenance was not checked). */
  warnings: string[];
}

export class DataError extends Error {}

export function buildData(): BuiltData {
  const { entries, errors, language, bibliographyFound } = loadEvidenceBase();
  const { cues, grammar, stance } = language;
  if (errors.length || !cues || !grammar || !stance) {
    throw new DataError(`The evidence base has ${errors.length} problem(s):\n  ${errors.join('\n  ')}`);
  }
  const sorted = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const hash = createHash('sha256');
  for (const file of readEntryFiles()) hash.update(file.text);
  const info: DataInfo = {
    version: hash.digest('hex').slice(0, 10),
    entries: sorted.length,
    sources: sorted.reduce((n, e) => n + e.sources.length, 0),
    newestReviewed: sorted.reduce((d, e) => (e.reviewed > d ? e.reviewed : d), ''),
  };
  return {
    entries: sorted,
    index: compileIndex(sorted, { cues, grammar, stance }),
    info,
    warnings: bibliographyFound ? [] : ['../shared/bibliography.jsonl not found: source provenance not checked'],
  };
}
