/**
 * The Firefox package Mozilla's reviewers rebuild from source (npm run build-for-amo: the sources zip
 * unpacked into a clean folder with no ../shared beside it, npm ci, build, zip) is the package
 * npm run zip made, file by file and byte for byte. Slow (npm ci from the registry and two builds), so
 * it lives with the e2e tests; it needs no browser and no network beyond the npm registry.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readZip, type ZipEntry } from '../../scripts/zip/read-zip';
import { FIREFOX_DIR, PROJECT } from './paths';

const version: string = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version;
const OUTPUT = join(PROJECT, '.output');
const PACKAGED = join(OUTPUT, `evidence-lens-${version}-firefox.zip`);
const SOURCES = join(OUTPUT, `evidence-lens-${version}-sources.zip`);
const REBUILT = join(OUTPUT, 'amo', `evidence-lens-${version}-firefox.zip`);
const MISSING_SHARED_WARNING = '../shared/bibliography.jsonl not found: source provenance not checked';

/** Runs an npm script in the project as a developer would (Vitest's NODE_ENV=test left in place). */
function npmRun(script: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', script], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(log);
      else reject(new Error(`npm run ${script} exited with ${code}:\n${log.slice(-4000)}`));
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const byName = (entries: ZipEntry[]) => new Map(entries.map((e) => [e.name, e.data]));

let rebuildLog = '';
let packaged: ZipEntry[] = [];
let rebuilt: ZipEntry[] = [];
let sourceNames: string[] = [];

beforeAll(async () => {
  await npmRun('zip');
  rebuildLog = await npmRun('build-for-amo');
  packaged = readZip(readFileSync(PACKAGED));
  rebuilt = readZip(readFileSync(REBUILT));
  sourceNames = readZip(readFileSync(SOURCES)).map((e) => e.name);
}, 15 * 60_000);

describe('build-for-amo: the Firefox package rebuilt from the sources zip', () => {
  it('the sources zip holds what the build needs, and nothing the repository ignores', () => {
    expect(sourceNames).toEqual(
      expect.arrayContaining([
        'package.json',
        'package-lock.json',
        '.node-version',
        '.nvmrc',
        'wxt.config.ts',
        'tsconfig.json',
        'data/vite-plugin.ts',
        'data/cues.json',
        'data/claim-grammar.json',
        'data/stance.json',
        'scripts/build-for-amo.sh',
        'scripts/ensure-env.sh',
        'scripts/zip/unzip.ts',
        'scripts/zip/read-zip.ts',
        'entrypoints/background.ts',
        'docs/store/amo-review.md',
      ]),
    );
    const entries = readdirSync(join(PROJECT, 'data', 'entries')).filter((n) => n.endsWith('.json'));
    expect(sourceNames.filter((n) => n.startsWith('data/entries/'))).toEqual(entries.sort().map((n) => `data/entries/${n}`));
    expect(sourceNames.filter((n) => /^(node_modules|\.output|\.wxt|\.runtime|\.git|test-results)(\/|$)/.test(n))).toEqual([]);
  });

  it('built without ../shared, skipping only the bibliography cross-check with a warning', () => {
    expect(rebuildLog).toContain('› npm ci');
    expect(rebuildLog).toContain(MISSING_SHARED_WARNING);
    expect(rebuildLog).not.toMatch(/✗|npm (ERR!|error)/);
  });

  it('the zip reader sees exactly the files the build wrote', () => {
    const onDisk = filesUnder(FIREFOX_DIR);
    expect(packaged.map((e) => e.name).sort()).toEqual(onDisk);
    expect(onDisk).toContain('manifest.json');
    const differing = packaged.filter((e) => !e.data.equals(readFileSync(join(FIREFOX_DIR, e.name))));
    expect(differing.map((e) => e.name)).toEqual([]);
  });

  it('has the same files as the submitted package, each byte for byte', () => {
    expect(rebuilt.map((e) => e.name)).toEqual(packaged.map((e) => e.name));
    const original = byName(packaged);
    const differing = rebuilt.filter((e) => !original.get(e.name)?.equals(e.data)).map((e) => e.name);
    expect(differing).toEqual([]);
  });

  it('is the same zip file, byte for byte (sorted entries, fixed timestamps)', () => {
    expect(readFileSync(REBUILT).equals(readFileSync(PACKAGED))).toBe(true);
  });

  it('embeds no build-time path: neither the checkout nor the rebuild folder', () => {
    const withPaths = packaged
      .filter((e) => {
        const text = e.data.toString('latin1');
        return text.includes(PROJECT) || text.includes('evidence-lens-amo.');
      })
      .map((e) => e.name);
    expect(withPaths).toEqual([]);
  });
});
