/** The command-line scanner, run as a reader would run it. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../data/load-from-disk';

const run = (args: string[], input?: string) =>
  spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', input, timeout: 60_000 });
const fixture = (name: string) => join('tests', 'fixtures', 'cli', name);

describe('npm run scan', () => {
  it('--json gives per file the matches with lines and offsets into the file', () => {
    const out = run(['--json', fixture('clinic.html'), fixture('notes.txt')]);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    const html = readFileSync(join(PROJECT_ROOT, fixture('clinic.html')), 'utf8');
    const clinic = result[fixture('clinic.html')];
    expect(clinic.map((m: any) => m.entry)).toEqual([
      'unapproved-stem-cell-clinics', 'exosome-therapy', 'nad-iv-drips', 'young-blood-plasma-infusions',
    ]);
    // "reverse aging" is the general marketing entry: it gives way to the products its sentence names.
    expect(clinic[2]).toMatchObject({ text: 'NAD+ IV', kind: 'claim', also: 'age-reversal-marketing' });
    for (const m of clinic) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['entry', 'phrase', 'kind', 'verdict', 'line', 'start', 'end']));
      // Offsets point into the file itself, across tags and references.
      expect(html.slice(m.start, m.end).replace(/<\/?b>/g, '')).toBe(m.text);
      expect(html.slice(0, m.start).split('\n').length).toBe(m.line);
    }
    expect(clinic[0]).toMatchObject({ text: 'Stem Cell Clinic', kind: 'mention' });
    expect(clinic[3]).toMatchObject({ kind: 'mention', debunked: true, stance: 'doubted' });
    expect(result[fixture('notes.txt')]).toEqual([
      expect.objectContaining({ entry: 'human-growth-hormone', line: 2, start: 31, end: 34, kind: 'claim', also: 'age-reversal-marketing' }),
    ]);
  }, 60_000);

  it('prints a table by default, reads stdin with "-", and exits 0 when nothing is found', () => {
    const table = run([fixture('notes.txt')]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/notes\.txt: 1 match\b/);
    expect(table.stdout).toMatch(/HGH\s+claim\s+Warning\s+human-growth-hormone/);
    const none = run(['-'], 'Nothing to see here.');
    expect(none.status).toBe(0);
    expect(none.stdout).toMatch(/<stdin>: 0 matches/);
  }, 60_000);

  it('exits 2 with a clear message for an unknown flag or an unreadable file', () => {
    const flag = run(['--fast', fixture('notes.txt')]);
    expect(flag.status).toBe(2);
    expect(flag.stderr).toMatch(/unknown option "--fast"/);
    const missing = run(['no/such/file.html']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/cannot read "no\/such\/file.html": no such file/);
  }, 60_000);
});
