/** Reports: composed locally, the sentence and page only when given, never sent; the hand-off is once. */
import { describe, expect, it } from 'vitest';
import { formUrl, mailtoUrl, reportFields, reportText, type ReportInput } from '../../utils/report';
import { createReportDesk } from '../../utils/background/report-desk';
import { sentenceAround } from '../../utils/page/sentence';
import { DEFAULT_SETTINGS } from '../../utils/settings-schema';

const entry = { id: 'nmn', title: 'NMN supplements', verdict: 'unproven', reviewed: '2026-11-20' };
const base: ReportInput = { kind: 'problem', entry, phrase: 'NMN' };

describe('composing a report', () => {
  it('carries entry id, phrase, verdict and review date, and nothing of the page unless given', () => {
    const text = reportText(base);
    for (const part of ['nmn (NMN supplements)', 'Phrase: NMN', 'Verdict: unproven', 'Reviewed: 2026-11-20']) expect(text).toContain(part);
    expect(text).not.toMatch(/Sentence:|Page:/);
    const full = reportText({ ...base, sentence: 'NMN reverses aging.', page: 'https://shop.example/nmn', note: ' wrong  verdict ' });
    expect(full).toContain('Sentence: NMN reverses aging.');
    expect(full).toContain('Page: https://shop.example/nmn');
    expect(full).toContain('Note: wrong verdict');
  });

  it('cuts long or hostile text to plain, bounded lines', () => {
    const fields = Object.fromEntries(reportFields({ ...base, sentence: 'x'.repeat(5000), note: 'a\n\nb<script>' }));
    expect(fields.Sentence.length).toBe(600);
    expect(fields.Note).toBe('a b<script>'); // text, shown as text; newlines cannot forge fields
  });

  it('makes an e-mail draft address with subject and body, to no one unless configured', () => {
    const url = mailtoUrl(base);
    expect(url.startsWith('mailto:?subject=')).toBe(true);
    const body = decodeURIComponent(new URL(url.replace('mailto:', 'mailto:x@x')).searchParams.get('body')!);
    expect(body).toContain('Entry: nmn');
    expect(mailtoUrl(base, 'evidence@org.example').startsWith('mailto:evidence%40org.example?')).toBe(true);
  });

  it('makes a web-form address only for a configured https form', () => {
    expect(formUrl(base, '')).toBeNull();
    expect(formUrl(base, 'http://insecure.example/form')).toBeNull();
    expect(formUrl(base, 'javascript:alert(1)')).toBeNull();
    const url = new URL(formUrl({ ...base, kind: 'missing' }, 'https://org.example/report?src=el')!);
    expect(url.searchParams.get('src')).toBe('el');
    expect(url.searchParams.get('entry')).toBe('nmn (NMN supplements)');
    expect(url.searchParams.get('report')).toBe('a missing claim');
  });

  it('ships with no destination set (an organisation sets it through managed settings)', () => {
    expect([DEFAULT_SETTINGS.reportEmail, DEFAULT_SETTINGS.reportForm]).toEqual(['', '']);
  });
});

describe('the hand-off from the card to the report page', () => {
  it('is taken once, and forgotten after five minutes', () => {
    let now = 0;
    let n = 0;
    const desk = createReportDesk(() => now, () => `token-${++n}-abcdef`);
    const handoff = { phrase: 'NMN', sentence: 'NMN reverses aging.', page: 'https://shop.example/' };
    const a = desk.leave(handoff);
    expect(desk.take(a)).toEqual(handoff);
    expect(desk.take(a)).toBeNull();
    const b = desk.leave(handoff);
    now = 5 * 60_000 + 1;
    expect(desk.take(b)).toBeNull();
  });
});

describe('the sentence around a match', () => {
  it('is the match’s sentence in its paragraph, across inline markup', () => {
    document.body.innerHTML = '<p>First one. Our <b>NMN</b> drink reverses aging! Last one.</p>';
    const text = document.querySelector('b')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 0);
    range.setEnd(text, 3);
    expect(sentenceAround(range)).toBe('Our NMN drink reverses aging!');
  });
});
