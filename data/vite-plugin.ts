/**
 * Vite plugin: serves the validated evidence base as virtual modules, built once per build.
 *   virtual:evidence-index    → the content script's build id for the stored index (index-store.ts)
 *   virtual:evidence-entries  → all entries and the data summary (popup, options, background)
 *   virtual:evidence-filter   → the first-pass RegExp and the phrase index the background stores for content scripts
 * Invalid data fails the build with every problem listed by file and field.
 */
import type { Plugin } from 'vite';
import { buildData, DataError, type BuiltData } from './build';
import { ENTRIES_DIR, PROJECT_ROOT } from './load-from-disk';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const filterId = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 16);

const IDS = { index: 'virtual:evidence-index', entries: 'virtual:evidence-entries', filter: 'virtual:evidence-filter' } as const;
const RESOLVED = Object.fromEntries(Object.entries(IDS).map(([k, id]) => [k, '\0' + id])) as Record<keyof typeof IDS, string>;

export function evidenceData(): Plugin {
  let built: BuiltData | null = null;
  const load = () => {
    if (!built) {
      built = buildData();
      for (const warning of built.warnings) console.warn(`[evidence-data] ${warning}`);
    }
    return built;
  };
  return {
    name: 'evidence-data',
    buildStart() {
      built = null;
      this.addWatchFile(ENTRIES_DIR);
      this.addWatchFile(join(PROJECT_ROOT, 'data', 'cues.json'));
      this.addWatchFile(join(PROJECT_ROOT, 'data', 'claim-grammar.json'));
      try {
        load();
      } catch (e) {
        if (e instanceof DataError) this.error(e.message);
        throw e;
      }
    },
    resolveId(id) {
      if (id === IDS.index) return RESOLVED.index;
      if (id === IDS.entries) return RESOLVED.entries;
      if (id === IDS.filter) return RESOLVED.filter;
      return null;
    },
    load(id) {
      if (id === RESOLVED.index) {
        // The content script carries only the build's id: the index itself (~110 KB) is stored by the
        // background (utils/index-store.ts), so the script every frame of every page parses stays small.
        const { index } = load();
        return `export const indexId = ${JSON.stringify(filterId(index.prefilter))};`;
      }
      if (id === RESOLVED.filter) {
        // The background's: the filter RegExps' source, and the index content scripts read from storage.
        const { index } = load();
        const id = filterId(index.prefilter);
        return `export default ${JSON.stringify({ id, source: index.prefilter })};\nexport const contentIndex = ${JSON.stringify({ ...index, prefilter: '', filterId: id })};`;
      }
      if (id === RESOLVED.entries) {
        const { entries, info } = load();
        return `export const entries = ${JSON.stringify(entries)};\nexport const dataInfo = ${JSON.stringify(info)};`;
      }
      return null;
    },
  };
}
