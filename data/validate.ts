/**
 * Validates the whole evidence base: each file against the schema, then the rules that span files
 * (unique phrases, existing related ids, ids equal to file names, bibliography agreement).
 * Pure: callers hand in file contents, the bibliography and today's date; it returns readable errors
 * that name the file and the field.
 */
import * as v from 'valibot';
import { EntrySchema, type Entry } from './schema';
import { phraseKey } from '../utils/matcher/variants';
import { foldText } from '../utils/matcher/normalize';
import { tooBroad } from './phrase-rules';
import { rubricProblems, weakLinkProblem } from './rubric';

export interface EntryFile {
  /** Path shown in messages, e.g. data/entries/young-blood.json */
  path: string;
  text: string;
}

export interface BibliographyRecord {
  title: string;
  year: number | string;
  doi?: string | null;
  url?: string | null;
}

export interface ValidationResult {
  entries: Entry[];
  errors: string[];
}

const fileId = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
const sameTitle = (a: string, b: string) =>
  foldText(a).replace(/ +/g, ' ').trim() === foldText(b).replace(/ +/g, ' ').trim();

export function validateEntries(
  files: EntryFile[],
  /** null when ../shared is absent (a build outside the workspace): provenance checks are skipped. */
  bibliography: BibliographyRecord[] | null,
  today: string,
): ValidationResult {
  const errors: string[] = [];
  const entries: Entry[] = [];
  const pathOf = new Map<string, string>();

  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch (e) {
      errors.push(`${file.path}: not valid JSON (${(e as Error).message})`);
      continue;
    }
    const parsed = v.safeParse(EntrySchema, json);
    if (!parsed.success) {
      for (const issue of parsed.issues) {
        errors.push(`${file.path}: ${v.getDotPath(issue) ?? '(entry)'}: ${issue.message}`);
      }
      continue;
    }
    const entry = parsed.output;
    if (entry.id !== fileId(file.path)) {
      errors.push(`${file.path}: id: "${entry.id}" must equal the file name "${fileId(file.path)}"`);
    }
    if (pathOf.has(entry.id)) {
      errors.push(`${file.path}: id: "${entry.id}" is also used by ${pathOf.get(entry.id)}`);
    }
    pathOf.set(entry.id, file.path);
    if (entry.reviewed > today) {
      errors.push(`${file.path}: reviewed: ${entry.reviewed} is in the future (today is ${today})`);
    }
    entries.push(entry);
  }

  checkPhrases(entries, pathOf, errors);
  checkRelated(entries, pathOf, errors);
  checkRubric(entries, pathOf, errors);
  if (bibliography) checkSources(entries, pathOf, bibliography, errors);
  return { entries, errors };
}

function checkPhrases(entries: Entry[], pathOf: Map<string, string>, errors: string[]) {
  const owner = new Map<string, { id: string; contextual: boolean }[]>();
  for (const entry of entries) {
    const all = [
      ...entry.phrases.map((phrase, i) => ({ phrase, at: `phrases[${i}]` })),
      ...(entry.misspellings ?? []).map((phrase, i) => ({ phrase, at: `misspellings[${i}]` })),
    ];
    all.forEach(({ phrase, at }) => {
      const text = typeof phrase === 'string' ? phrase : phrase.text;
      const key = phraseKey(text);
      const broad = tooBroad(text);
      if (broad) {
        errors.push(`${pathOf.get(entry.id)}: ${at}: "${text}" ${broad}`);
        return;
      }
      if (typeof phrase !== 'string') {
        for (const field of ['near', 'notNear'] as const) {
          phrase[field]?.forEach((word, k) => {
            const problem = tooBroad(word);
            if (problem) errors.push(`${pathOf.get(entry.id)}: ${at}.${field}[${k}]: "${word}" ${problem}`);
          });
        }
      }
      // Shared phrases are fine where context decides: at most one owner takes it without `near`.
      const contextual = typeof phrase !== 'string' && !!phrase.near;
      const owners = owner.get(key) ?? [];
      const plainOwner = owners.find((o) => !o.contextual);
      if (owners.some((o) => o.id === entry.id)) {
        errors.push(`${pathOf.get(entry.id)}: ${at}: "${text}" repeats a phrase of this entry (spelling variants and plurals are automatic)`);
      } else if (!contextual && plainOwner) {
        errors.push(`${pathOf.get(entry.id)}: ${at}: "${text}" is also claimed by ${pathOf.get(plainOwner.id)}`);
      }
      owner.set(key, [...owners, { id: entry.id, contextual }]);
    });
  }
}

function checkRelated(entries: Entry[], pathOf: Map<string, string>, errors: string[]) {
  for (const entry of entries) {
    entry.related.forEach((id, i) => {
      if (!pathOf.has(id)) errors.push(`${pathOf.get(entry.id)}: related[${i}]: no entry "${id}"`);
      if (id === entry.id) errors.push(`${pathOf.get(entry.id)}: related[${i}]: an entry cannot relate to itself`);
    });
  }
}

function checkSources(
  entries: Entry[],
  pathOf: Map<string, string>,
  bibliography: BibliographyRecord[],
  errors: string[],
) {
  const byDoi = new Map<string, BibliographyRecord>();
  const byUrl = new Map<string, BibliographyRecord>();
  for (const record of bibliography) {
    if (record.doi) byDoi.set(record.doi.toLowerCase(), record);
    if (record.url) byUrl.set(record.url.replace(/^https?:\/\/(www\.)?/, '').toLowerCase(), record);
  }
  for (const entry of entries) {
    const path = pathOf.get(entry.id);
    entry.sources.forEach((source, i) => {
      const at = `${path}: sources[${i}]`;
      const known =
        (source.doi && byDoi.get(source.doi.toLowerCase())) ||
        byUrl.get(source.url.replace(/^https?:\/\/(www\.)?/, '').toLowerCase());
      if (known) {
        if (source.doi && known.doi && source.doi.toLowerCase() === known.doi.toLowerCase()) {
          if (String(known.year) !== String(source.year)) {
            errors.push(`${at}.year: ${source.year} disagrees with the bibliography (${known.year}) for DOI ${source.doi}`);
          }
          if (!known.title.startsWith('[') && !sameTitle(known.title, source.title)) {
            errors.push(`${at}.title: "${source.title}" disagrees with the bibliography ("${known.title}") for DOI ${source.doi}`);
          }
        }
      } else if (!source.verifiedAt) {
        errors.push(`${at}.verifiedAt: a source not in ../shared/bibliography.jsonl must say where it was confirmed`);
      }
    });
    const seen = new Set<string>();
    entry.sources.forEach((source, i) => {
      const key = (source.doi ?? source.url).toLowerCase();
      if (seen.has(key)) errors.push(`${path}: sources[${i}]: the same source is listed twice`);
      seen.add(key);
    });
  }
}

/** The verdict rubric's machine-checkable rules, and links that must go to primary pages. */
function checkRubric(entries: Entry[], pathOf: Map<string, string>, errors: string[]) {
  for (const entry of entries) {
    const path = pathOf.get(entry.id);
    if (!entry.why) errors.push(`${path}: why: every entry says in one sentence why it has its verdict`);
    for (const problem of rubricProblems(entry)) errors.push(`${path}: ${problem}`);
    entry.sources.forEach((source, i) => {
      const problem = weakLinkProblem(source.url);
      if (problem) errors.push(`${path}: sources[${i}].url: ${problem}`);
    });
  }
}
