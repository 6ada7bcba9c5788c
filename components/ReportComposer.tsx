/**
 * "Report a problem with this entry" and "Suggest a missing claim" on the full entry (popup, options):
 * composes the report and hands it to the reader (copy, an e-mail draft, or a web form: the
 * settings reportEmail and reportForm, which an organisation sets through managed settings). Nothing is sent: the links are ordinary links the reader follows. Opened
 * from the in-page card, it also offers the sentence and the page address, each only when ticked.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Entry } from '../data/schema';
import { useSettings } from './useSettings';
import './report.css';
import { reportTitle, formUrl, mailtoUrl, reportText, type ReportKind } from '../utils/report';
import { t } from '../utils/i18n';

export interface ReportContext {
  phrase?: string;
  sentence?: string;
  page?: string;
}

/** `token`: what the in-page card left in the background for this page (utils/background/report-desk.ts). */
export function ReportActions(props: { entry: Entry; initial?: ReportKind; token?: string }) {
  const [kind, setKind] = useState<ReportKind | null>(props.initial ?? null);
  const [context, setContext] = useState<ReportContext>({});
  useEffect(() => {
    if (!props.token) return;
    void browser.runtime
      .sendMessage({ type: 'take-report', token: props.token })
      .then((got) => {
        const ok = got && typeof got === 'object' ? (got as Record<string, unknown>) : {};
        const text = (k: string) => (typeof ok[k] === 'string' && ok[k] ? (ok[k] as string) : undefined);
        setContext({ phrase: text('phrase'), sentence: text('sentence'), page: text('page') });
      })
      .catch(() => {});
  }, [props.token]);
  return (
    <div class="el-report">
      <div class="el-card-actions">
        {(['problem', 'missing'] as const).map((k) => (
          <button key={k} type="button" class="el-report-open" aria-expanded={kind === k} onClick={() => setKind(kind === k ? null : k)}>
            {reportTitle(k)}
          </button>
        ))}
      </div>
      {kind && <Composer key={kind} entry={props.entry} {...context} kind={kind} />}
    </div>
  );
}

function Composer(props: ReportContext & { entry: Entry; kind: ReportKind }) {
  const { entry, kind } = props;
  const [note, setNote] = useState('');
  const [withSentence, setWithSentence] = useState(false);
  const [withPage, setWithPage] = useState(false);
  const [status, setStatus] = useState('');
  const box = useRef<HTMLTextAreaElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  // Opened on purpose (a click here, or the card's button): bring it into view, ready to type.
  useEffect(() => {
    noteBox.current?.scrollIntoView({ block: 'center' });
    noteBox.current?.focus({ preventScroll: true });
  }, []);
  const input = {
    kind,
    entry,
    phrase: props.phrase,
    sentence: withSentence ? props.sentence : undefined,
    page: withPage ? props.page : undefined,
    note,
  };
  const text = reportText(input);
  const settings = useSettings();
  const form = formUrl(input, settings?.reportForm ?? '');
  const id = `el-report-${kind}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // No async clipboard here (an insecure page, or no focus): copy the selected text instead.
      box.current?.select();
      if (!document.execCommand('copy')) return setStatus(t('report_select'));
    }
    setStatus(t('report_copied'));
  };

  const check = (label: string, on: boolean, set: (v: boolean) => void) => (
    <label class="el-report-check">
      <input type="checkbox" checked={on} onChange={(e) => set((e.target as HTMLInputElement).checked)} /> {label}
    </label>
  );

  return (
    <section class="el-report-form" aria-labelledby={id}>
      <h3 class="el-card-section-title" id={id}>
        {reportTitle(kind)}
      </h3>
      <label class="el-report-note">
        {kind === 'problem' ? t('report_note_problem') : t('report_note_missing')}
        <textarea ref={noteBox} rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
      </label>
      {props.sentence && check(t('report_with_sentence', props.sentence), withSentence, setWithSentence)}
      {props.page && check(t('report_with_page', props.page), withPage, setWithPage)}
      <textarea ref={box} class="el-report-text" readOnly rows={5} aria-label={t('report_text')} value={text} />
      <div class="el-card-actions">
        <button type="button" class="el-button" onClick={() => void copy()}>
          {t('report_copy')}
        </button>
        <a class="el-button" href={mailtoUrl(input, settings?.reportEmail ?? '')} target="_blank" rel="noopener noreferrer">
          {t('report_mail')}
        </a>
        {form && (
          <a class="el-button" href={form} target="_blank" rel="noopener noreferrer">
            {t('report_form')}
          </a>
        )}
      </div>
      <p class="el-card-matched" role="status">
        {status || t('report_sends_nothing')}
      </p>
    </section>
  );
}
