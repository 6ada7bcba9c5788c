import { useRef } from 'preact/hooks';
import type { SearchHit } from '../utils/search';
import { VerdictBadge } from './VerdictBadge';
import { Marked } from './Marked';
import { CopyReport } from './CopyReport';
import { missingClaimReport } from '../utils/missing-claim';
import { SLOT, around, entriesInOtherLanguage, plural, t } from '../utils/i18n';

export interface SearchBoxProps {
  query: string;
  onQuery(q: string): void;
  hits: SearchHit[];
  /** When nothing matches: entries whose text has every real word of the query (may be empty). */
  related: SearchHit['entry'][];
  /** Shown under an empty query. */
  suggestions: { id: string; title: string; verdict: SearchHit['entry']['verdict']; note?: string }[];
  active: number;
  onActive(i: number): void;
  onSelect(id: string): void;
}

/**
 * A combobox: typing filters, arrow keys move through the results, Enter opens one. Results update on
 * every keystroke (the search is synchronous and fast, see scripts/bench/search.ts).
 */
export function SearchBox(props: SearchBoxProps) {
  const { query, hits, suggestions, active, related } = props;
  const input = useRef<HTMLInputElement>(null);
  const showingSuggestions = query.trim().length < 2;
  const noEntry = !showingSuggestions && !hits.length;
  const [matchesBefore, matchesAfter] = around('search_matches', SLOT);
  const rows = showingSuggestions
    ? suggestions.map((s) => ({ id: s.id, title: <>{s.title}</>, verdict: s.verdict, note: s.note }))
    : noEntry
      ? related.map((e) => ({ id: e.id, title: <>{e.title}</>, verdict: e.verdict, note: undefined }))
      : hits.map((h) => ({
        id: h.entry.id,
        title: <Marked text={h.entry.title} ranges={h.titleMatches} />,
        verdict: h.entry.verdict,
        note: h.phrase ? (
          <>
            {matchesBefore}
            <Marked text={h.phrase.text} ranges={h.phrase.ranges} />
            {matchesAfter}
          </>
        ) : undefined,
      }));
  const optionId = (i: number) => `el-search-option-${i}`;

  const onKeyDown = (e: KeyboardEvent) => {
    if (!rows.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      props.onActive((active + 1) % rows.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      props.onActive((active - 1 + rows.length) % rows.length);
    } else if (e.key === 'Enter' && active >= 0 && active < rows.length) {
      e.preventDefault();
      props.onSelect(rows[active].id);
    }
  };

  return (
    <div class="el-search">
      <label class="el-search-label" for="el-search-input">
        {t('search_label')}
      </label>
      <input
        ref={input}
        id="el-search-input"
        class="el-search-input"
        type="search"
        role="combobox"
        list={undefined}
        aria-expanded={rows.length > 0}
        aria-controls="el-search-results"
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 && active < rows.length ? optionId(active) : undefined}
        placeholder={t('search_placeholder')}
        autocomplete="off"
        spellcheck={false}
        value={query}
        onInput={(e) => props.onQuery((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      <p class={`el-search-hint${noEntry ? ' el-search-none' : ''}`} id="el-search-status" aria-live="polite" data-state={noEntry ? 'no-entry' : undefined}>
        {showingSuggestions
          ? suggestions.length
            ? t('search_suggestions')
            : ''
          : hits.length
            ? plural(hits.length, 'search_results_one', 'search_results_other')
            : `${t('search_no_entry', query.trim())}${related.length ? ` ${t('search_related')}` : ''}`}
      </p>
      <ul
        id="el-search-results"
        class="el-results"
        role="listbox"
        aria-label={showingSuggestions ? t('search_suggestions') : noEntry ? t('search_related_list') : t('search_results_list')}
      >
        {rows.map((row, i) => (
          <li
            key={row.id}
            id={optionId(i)}
            role="option"
            aria-selected={i === active}
            class={`el-result${i === active ? ' el-result-active' : ''}`}
            onMouseEnter={() => props.onActive(i)}
            onClick={() => props.onSelect(row.id)}
          >
            <span class="el-result-title" lang="en">
              {row.title}
            </span>
            <span class="el-result-meta">
              <VerdictBadge verdict={row.verdict} short />
              {row.note && <span class="el-result-note">{row.note}</span>}
            </span>
          </li>
        ))}
      </ul>
      {entriesInOtherLanguage() && rows.length > 0 && <p class="el-search-lang">{t('entries_in_english')}</p>}
      {noEntry && <CopyReport action={t('report_missing')} report={missingClaimReport(query)} />}
    </div>
  );
}
