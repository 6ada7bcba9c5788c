import type { Entry } from '../data/schema';
import type { MatchKind } from '../utils/matcher/scan';
import type { Stance } from '../utils/matcher/stance';
import { VerdictBadge } from './VerdictBadge';
import { SourceList } from './SourceList';
import { evidenceLabel } from './labels';
import type { ComponentChildren } from 'preact';
import { reportTitle, type ReportKind } from '../utils/report';
import { entriesInOtherLanguage, t, type MessageKey } from '../utils/i18n';

export interface MatchedInfo {
  phrase: string;
  /** The exact text on the page. */
  text: string;
  kind: MatchKind;
  debunked: boolean;
  /** How the sentence speaks of it, and the words that decided. */
  stance?: Stance;
  cue?: string;
  /** The general entry the sentence also names, by title. */
  also?: string;
  /** Where an ambiguous phrase's context came from, when not its sentence: a word of its paragraph, or the page. */
  contextFrom?: { paragraph: string } | 'page';
  /** What the paragraph itself says of the evidence (utils/page/page-says.ts). */
  setting?: string;
  fdaClaim?: string;
}

export interface EvidenceCardProps {
  entry: Entry;
  /** compact: the in-page card (top sources, "More"); full: every field and source. */
  variant: 'compact' | 'full';
  matched?: MatchedInfo;
  titleId?: string;
  onMore?: () => void;
  onHideTerm?: () => void;
  onRelated?: (id: string) => void;
  relatedTitles?: Record<string, string>;
  /** The entry's topic in words (full variant; passed in so the in-page card does not carry the list). */
  categoryLabel?: string;
  /** The in-page card's "Report a problem…" / "Suggest a missing claim": opens the report page. */
  onReport?: (kind: ReportKind) => void;
  /** Extension pages add the report composer here (kept out of the in-page card's script). */
  children?: ComponentChildren;
}

const STANCE_WORDS: Record<Stance, MessageKey> = {
  claim: 'stance_claim',
  reported: 'stance_reported',
  doubted: 'stance_doubted',
  mention: 'stance_mention',
};

const stanceOf = (m: MatchedInfo): Stance => m.stance ?? (m.debunked ? 'doubted' : m.kind);

/** What the card says of the match: the text, how the sentence speaks of it, and why it counted. */
function matchedLine(m: MatchedInfo): string {
  const stance = t(STANCE_WORDS[stanceOf(m)]);
  return [
    t('card_matched', m.text),
    m.cue ? t('card_stance_cue', stance, m.cue) : t('card_stance', stance),
    m.also && t('card_also', m.also),
    m.contextFrom === 'page' ? t('card_context_page') : m.contextFrom && t('card_context_paragraph', m.contextFrom.paragraph),
  ]
    .filter(Boolean)
    .join(' ');
}

/** One card for the page, the popup and the options page: the evidence behind a claim. */
export function EvidenceCard(props: EvidenceCardProps) {
  const { entry, variant, matched, titleId } = props;
  const full = variant === 'full';
  return (
    <article class="el-card" aria-labelledby={titleId}>
      <header class="el-card-head">
        <h2 class="el-card-title" id={titleId} lang="en">
          {entry.title}
        </h2>
        <div class="el-card-meta">
          <VerdictBadge verdict={entry.verdict} />
          <span>
            <span class="el-visually-hidden">{t('card_evidence')}</span>
            {evidenceLabel(entry.evidence)}
          </span>
          {full && props.categoryLabel && <span>· {props.categoryLabel}</span>}
        </div>
      </header>
      {entriesInOtherLanguage() && <p class="el-card-lang">{t('entries_in_english')}</p>}
      {matched && <p class="el-card-matched">{matchedLine(matched)}</p>}
      {matched?.setting && <p class="el-card-says">{t('card_page_setting', matched.setting, evidenceLabel(entry.evidence).toLowerCase())}</p>}
      {/* Stem-cell and exosome products: where an "FDA registered" claim misleads most. */}
      {matched?.fdaClaim && (entry.category === 'stem-cells' || entry.id.includes('exosome')) && (
        <p class="el-card-says">{t('card_fda_claim', matched.fdaClaim)}</p>
      )}
      {entry.why && (
        <p class="el-card-why">
          <strong>{t('card_why')}</strong>
          <span lang="en">{entry.why}</span>
        </p>
      )}
      <p class="el-card-summary" lang="en">
        {entry.summary}
      </p>
      {full && (
        <>
          <h3 class="el-card-section-title">{t('card_found')}</h3>
          <p class="el-card-text" lang="en">
            {entry.details}
          </p>
          <h3 class="el-card-section-title">{t('card_limits')}</h3>
          <p class="el-card-text" lang="en">
            {entry.limits}
          </p>
        </>
      )}
      {entry.regulatory && (
        <p class="el-card-regulatory">
          <span class={full ? '' : 'el-clamp'}>
            <strong>{t('card_regulators')}</strong>
            <span lang="en">{entry.regulatory}</span>
          </span>
        </p>
      )}
      <h3 class="el-card-section-title">{full ? t('card_sources') : t('card_top_sources')}</h3>
      <SourceList sources={entry.sources} limit={full ? undefined : 3} />
      {full && entry.related.length > 0 && props.onRelated && (
        <>
          <h3 class="el-card-section-title">{t('card_related')}</h3>
          <ul class="el-sources">
            {entry.related.map((id) => (
              <li key={id} lang="en">
                <button type="button" class="el-link-button" onClick={() => props.onRelated!(id)}>
                  {props.relatedTitles?.[id] ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <footer class="el-card-foot">
        <span>{t('card_reviewed', entry.reviewed)}</span>
        <span class="el-card-actions">
          {props.onHideTerm && (
            <button type="button" class="el-button" onClick={props.onHideTerm}>
              {t('card_hide_term')}
            </button>
          )}
          {props.onMore && (
            <button type="button" class="el-button el-button-primary" onClick={props.onMore}>
              {t('card_more')}
            </button>
          )}
        </span>
      </footer>
      {props.onReport && (
        <div class="el-card-actions">
          {(['problem', 'missing'] as const).map((k) => (
            <button key={k} type="button" class="el-report-open" onClick={() => props.onReport!(k)}>
              {reportTitle(k)}
            </button>
          ))}
        </div>
      )}
      {props.children}
    </article>
  );
}
