import type { Entry } from '../data/schema';
import type { MatchKind } from '../utils/matcher/scan';
import type { Stance } from '../utils/matcher/stance';
import { VerdictBadge } from './VerdictBadge';
import { SourceList } from './SourceList';
import { EVIDENCE_LABELS } from './labels';

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
}

const STANCE_WORDS: Record<Stance, string> = {
  claim: 'This sentence promotes it',
  reported: 'This sentence reports someone’s claim',
  doubted: 'This sentence doubts it',
  mention: 'This sentence mentions it without a promise',
};

const stanceOf = (m: MatchedInfo): Stance => m.stance ?? (m.debunked ? 'doubted' : m.kind);

/** Stem-cell and exosome products: where an "FDA registered" claim misleads most. */
const FDA_REGISTRATION_NOTE =
  'FDA registration of a lab or tissue facility is a listing, not a review: it does not mean the FDA has found the treatment safe or effective.';

/** One card for the page, the popup and the options page: the evidence behind a claim. */
export function EvidenceCard(props: EvidenceCardProps) {
  const { entry, variant, matched, titleId } = props;
  const full = variant === 'full';
  return (
    <article class="el-card" aria-labelledby={titleId}>
      <header class="el-card-head">
        <h2 class="el-card-title" id={titleId}>
          {entry.title}
        </h2>
        <div class="el-card-meta">
          <VerdictBadge verdict={entry.verdict} />
          <span>
            <span class="el-visually-hidden">Evidence: </span>
            {EVIDENCE_LABELS[entry.evidence].label}
          </span>
          {full && props.categoryLabel && <span>· {props.categoryLabel}</span>}
        </div>
      </header>
      {matched && (
        <p class="el-card-matched">
          Matched “{matched.text}”. {STANCE_WORDS[stanceOf(matched)]}
          {matched.cue ? `: “${matched.cue}”` : ''}.
          {matched.also ? ` Also named: ${matched.also}.` : ''}
          {matched.contextFrom === 'page'
            ? ' Counted because the page’s title and headings are about it.'
            : matched.contextFrom
              ? ` Counted because its paragraph says “${matched.contextFrom.paragraph}”.`
              : ''}
        </p>
      )}
      {matched?.setting && (
        <p class="el-card-says">
          This page says the finding was in {matched.setting}; the evidence overall: {EVIDENCE_LABELS[entry.evidence].label.toLowerCase()}.
        </p>
      )}
      {matched?.fdaClaim && (entry.category === 'stem-cells' || entry.id.includes('exosome')) && (
        <p class="el-card-says">
          The page says “{matched.fdaClaim}”. {FDA_REGISTRATION_NOTE}
        </p>
      )}
      {entry.why && (
        <p class="el-card-why">
          <strong>Why this verdict: </strong>
          {entry.why}
        </p>
      )}
      <p class="el-card-summary">{entry.summary}</p>
      {full && (
        <>
          <h3 class="el-card-section-title">What the studies found</h3>
          <p class="el-card-text">{entry.details}</p>
          <h3 class="el-card-section-title">What it does not show</h3>
          <p class="el-card-text">{entry.limits}</p>
        </>
      )}
      {entry.regulatory && (
        <p class="el-card-regulatory">
          <span class={full ? '' : 'el-clamp'}>
            <strong>Regulators: </strong>
            {entry.regulatory}
          </span>
        </p>
      )}
      <h3 class="el-card-section-title">{full ? 'Sources' : 'Top sources'}</h3>
      <SourceList sources={entry.sources} limit={full ? undefined : 3} />
      {full && entry.related.length > 0 && props.onRelated && (
        <>
          <h3 class="el-card-section-title">Related</h3>
          <ul class="el-sources">
            {entry.related.map((id) => (
              <li key={id}>
                <button type="button" class="el-link-button" onClick={() => props.onRelated!(id)}>
                  {props.relatedTitles?.[id] ?? id}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <footer class="el-card-foot">
        <span>Reviewed {entry.reviewed}</span>
        <span class="el-card-actions">
          {props.onHideTerm && (
            <button type="button" class="el-button" onClick={props.onHideTerm}>
              Hide this term on this site
            </button>
          )}
          {props.onMore && (
            <button type="button" class="el-button el-button-primary" onClick={props.onMore}>
              More
            </button>
          )}
        </span>
      </footer>
    </article>
  );
}
