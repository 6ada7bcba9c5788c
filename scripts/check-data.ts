/**
 * `npm run check:data`: validates every entry in data/entries and the rules between them.
 * Exit 1 with one line per problem (file and field named); exit 0 with a short summary.
 */
import { loadEvidenceBase } from '../data/load-from-disk';

try {
  const { entries, errors } = loadEvidenceBase({ requireBibliography: true });
  if (errors.length) {
    console.error(`check:data found ${errors.length} problem(s):`);
    for (const error of errors) console.error(`  ${error}`);
    process.exit(1);
  }
  const sources = entries.reduce((n, e) => n + e.sources.length, 0);
  console.log(`check:data: ${entries.length} entries, ${sources} sources, all valid.`);
} catch (e) {
  console.error(`check:data: ${(e as Error).message}`);
  process.exit(1);
}
