/**
 * Composes a reader's report on an entry ("a problem with this entry", "a missing claim") as plain
 * text, an e-mail draft address and a web-form address. Pure: nothing is sent from here or anywhere;
 * the sentence and the page address are included only when the reader ticks each.
 */
import { t, type MessageKey } from './i18n';

export type ReportKind = 'problem' | 'missing';

export interface ReportInput {
  kind: ReportKind;
  entry: { id: string; title: string; verdict: string; reviewed: string };
  phrase?: string;
  /** Given only when the reader ticked "include the sentence". */
  sentence?: string;
  /** Given only when the reader ticked "include the page address". */
  page?: string;
  note?: string;
}

const REPORT_TITLE_KEYS: Record<ReportKind, MessageKey> = {
  problem: 'report_problem',
  missing: 'report_missing',
};

/** The button and heading in the reader's language; the report itself stays English, for the maintainers. */
export const reportTitle = (kind: ReportKind) => t(REPORT_TITLE_KEYS[kind]);

/** Long texts are cut: a mailto: or form address has a practical length limit. */
const cut = (text: string, max: number) => {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > max ? clean.slice(0, max - 1) + '…' : clean;
};

export function reportFields(input: ReportInput): [string, string][] {
  const fields: [string, string][] = [
    ['Report', input.kind === 'problem' ? 'a problem with an entry' : 'a missing claim'],
    ['Entry', `${input.entry.id} (${input.entry.title})`],
    ['Verdict', input.entry.verdict],
    ['Reviewed', input.entry.reviewed],
  ];
  if (input.phrase) fields.push(['Phrase', cut(input.phrase, 200)]);
  if (input.sentence) fields.push(['Sentence', cut(input.sentence, 600)]);
  if (input.page) fields.push(['Page', cut(input.page, 600)]);
  if (input.note?.trim()) fields.push(['Note', cut(input.note, 1000)]);
  return fields;
}

export const reportSubject = (input: ReportInput) =>
  `Evidence Lens: ${input.kind === 'problem' ? 'problem with' : 'missing claim for'} ${input.entry.id}`;

export const reportText = (input: ReportInput) =>
  `${reportSubject(input)}\n\n${reportFields(input)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n`;

export function mailtoUrl(input: ReportInput, to = ''): string {
  const q = (s: string) => encodeURIComponent(s);
  return `mailto:${q(to)}?subject=${q(reportSubject(input))}&body=${q(reportText(input))}`;
}

/** The form's address with the fields as query parameters, or null when no form is configured. */
export function formUrl(input: ReportInput, form = ''): string | null {
  if (!/^https:\/\//.test(form)) return null;
  let url: URL;
  try {
    url = new URL(form);
  } catch {
    return null;
  }
  for (const [k, v] of reportFields(input)) url.searchParams.set(k.toLowerCase(), v);
  return url.href;
}
