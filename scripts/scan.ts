/**
 * `npm run scan -- [--json] FILE...` — finds anti-aging and stem-cell phrases in .html and .txt files
 * ("-" reads standard input), with the extension's own matcher and block extraction.
 * Exit 0 whether or not anything was found; exit 2 for an unknown flag or an unreadable file.
 */
import { readFileSync } from 'node:fs';
import { buildData } from '../data/build';
import { createMatcher } from '../utils/matcher/scan';
import { looksLikeHtml, scanHtml, scanText, type FileMatch } from '../utils/cli/scan-file';
import { verdictLabel } from '../components/labels';
import type { Verdict } from '../data/schema';
import { setFallbackMessages } from '../utils/i18n';
import english from '../public/_locales/en/messages.json';

// No browser here: the table's verdict words come from the English messages.
setFallbackMessages(english);

const USAGE = `Usage: npm run scan -- [--json] FILE...
Scans .html and .txt files ("-" reads standard input) for anti-aging and stem-cell claims.
  --json   print, per file, an array of {entry, phrase, kind, stance, also, verdict, line, start, end}
  --help   show this help`;

function fail(message: string): never {
  console.error(`scan: ${message}`);
  process.exit(2);
}

const args = process.argv.slice(2);
let json = false;
const files: string[] = [];
for (const arg of args) {
  if (arg === '--json') json = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(USAGE);
    process.exit(0);
  } else if (arg.startsWith('-') && arg !== '-') fail(`unknown option "${arg}"\n${USAGE}`);
  else files.push(arg);
}
if (!files.length) fail(`no file given\n${USAGE}`);

const texts = files.map((file) => {
  try {
    return readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (e) {
    fail(`cannot read "${file}": ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
});

const { index, entries } = buildData();
const matcher = createMatcher(index);
const results: Record<string, FileMatch[]> = {};
files.forEach((file, i) => {
  const text = texts[i];
  results[file === '-' ? '<stdin>' : file] = looksLikeHtml(file, text) ? scanHtml(text, matcher, entries) : scanText(text, matcher, entries);
});

if (json) {
  const strip = ({ entry, phrase, kind, stance, also, verdict, line, start, end, text, debunked }: FileMatch) => ({
    entry, phrase, kind, stance, ...(also ? { also } : {}), verdict, line, start, end, text, debunked,
  });
  console.log(JSON.stringify(Object.fromEntries(Object.entries(results).map(([f, ms]) => [f, ms.map(strip)])), null, 2));
} else {
  for (const [file, matches] of Object.entries(results)) {
    console.log(`${file}: ${matches.length} match${matches.length === 1 ? '' : 'es'}`);
    if (!matches.length) continue;
    const rows = matches.map((m) => [
      `${m.line}`,
      m.text.length > 32 ? m.text.slice(0, 31) + '…' : m.text,
      m.stance === 'claim' || m.stance === 'mention' ? m.kind : m.stance,
      verdictLabel(m.verdict as Verdict),
      m.entry,
    ]);
    const head = ['line', 'text', 'kind', 'verdict', 'entry'];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const fmt = (r: string[]) => '  ' + r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
    console.log(fmt(head));
    for (const r of rows) console.log(fmt(r));
  }
}
