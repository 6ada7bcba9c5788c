/**
 * Vite plugin: serves the validated evidence base as virtual modules, built once per build.
 *   virtual:evidence-index      → what the content script ships: entry ids, verdicts, categories
 *   virtual:evidence-entries    → all entries and the data summary (popup, options, background)
 *   virtual:evidence-page-data  → the phrase data the background stores for content scripts
 *                                 (first-pass RegExp, trie, context words, phrase rules)
 * Invalid data fails the build with every problem listed by file and field.
 */
import type { Plugin } from 'vite';
import { buildData, DataError, type BuiltData } from './build';
import { ENTRIES_DIR, PROJECT_ROOT } from './load-from-disk';
import { join } from 'node:path';
import { createHash } from 'node:crypto';

const dataId = (data: unknown) => createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);

const IDS = { index: 'virtual:evidence-index', entries: 'virtual:evidence-entries', pageData: 'virtual:evidence-page-data' } as const;
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
      this.addWatchFile(join(PROJECT_ROOT, 'data', 'stance.json'));
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
      if (id === IDS.pageData) return RESOLVED.pageData;
      return null;
    },
    load(id) {
      if (id === RESOLVED.index || id === RESOLVED.pageData) {
        // The content script ships the small part; the rest reaches it through storage (page-data-store.ts).
        const { prefilter, trie, context, phrases, ...shipped } = load().index;
        const data = { prefilter, trie, context, phrases };
        const built = id === RESOLVED.index ? { ...shipped, dataId: dataId(data) } : { ...data, id: dataId(data) };
        return `export default ${JSON.stringify(built)};`;
      }
      if (id === RESOLVED.entries) {
        const { entries, info } = load();
        return `export const entries = ${JSON.stringify(entries)};\nexport const dataInfo = ${JSON.stringify(info)};`;
      }
      return null;
    },
  };
}
