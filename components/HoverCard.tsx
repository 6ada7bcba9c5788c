import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Entry } from '../data/schema';
import { EvidenceCard, type MatchedInfo } from './EvidenceCard';
import type { ReportKind } from '../utils/report';
import { placeCard } from '../utils/page/place-card';
import { t } from '../utils/i18n';

export interface HoverCardProps {
  theme: 'light' | 'dark';
  /** The reader's card text size. */
  size?: 'small' | 'normal' | 'large';
  entry: Entry | null;
  loading: boolean;
  /** The phrase on the page; null hides the card. */
  anchor: Range | null;
  matched?: MatchedInfo;
  /** "3 of 12" after a keyboard jump. */
  position?: string;
  focusOnOpen: boolean;
  announcement: string;
  onClose(): void;
  onMore(): void;
  onHideTerm(): void;
  onReport(kind: ReportKind): void;
}

const TITLE_ID = 'el-card-title';

/** The floating card as a non-modal dialog next to the phrase, plus the live region. */
export function HoverCard(props: HoverCardProps) {
  const { anchor } = props;
  const popover = useRef<HTMLDivElement>(null);

  const place = () => {
    const el = popover.current;
    if (!el || !anchor) return;
    const rects = anchor.getClientRects();
    const first = rects.length ? rects[0] : anchor.getBoundingClientRect();
    el.style.maxHeight = ''; // measure the card at its natural height
    const spot = placeCard(
      { left: first.left, top: first.top, width: first.width, height: first.height },
      { width: el.offsetWidth, height: el.offsetHeight },
      { width: window.innerWidth, height: window.innerHeight },
    );
    el.style.left = `${spot.left}px`;
    el.style.top = `${spot.top}px`;
    el.style.maxHeight = spot.maxHeight ? `${spot.maxHeight}px` : '';
    el.dataset.placement = spot.placement;
  };

  useLayoutEffect(place);

  useEffect(() => {
    if (!anchor) return;
    let frame = 0;
    const onMove = () => {
      if (!frame) frame = requestAnimationFrame(() => ((frame = 0), place()));
    };
    window.addEventListener('scroll', onMove, { passive: true, capture: true });
    window.addEventListener('resize', onMove, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onMove, { capture: true });
      window.removeEventListener('resize', onMove);
    };
  }, [anchor]);

  useEffect(() => {
    if (props.focusOnOpen && anchor) popover.current?.focus({ preventScroll: true });
  });

  return (
    <div class="el-theme el-root" data-theme={props.theme} style="background:transparent">
      <div class="el-visually-hidden" aria-live="polite" role="status">
        {props.announcement}
      </div>
      {anchor && (
        <div
          ref={popover}
          class="el-popover el-theme"
          data-theme={props.theme}
          data-size={props.size ?? 'normal'}
          role="dialog"
          aria-labelledby={TITLE_ID}
          tabIndex={-1}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              props.onClose();
            }
          }}
        >
          <div class="el-popover-body">
            <button type="button" class="el-popover-close" aria-label={t('card_close')} onClick={props.onClose}>
              ×
            </button>
            {props.entry ? (
              <EvidenceCard
                entry={props.entry}
                variant="compact"
                matched={props.matched}
                titleId={TITLE_ID}
                onMore={props.onMore}
                onHideTerm={props.onHideTerm}
                onReport={props.onReport}
              />
            ) : (
              <p id={TITLE_ID}>{props.loading ? t('card_loading') : t('card_load_failed')}</p>
            )}
            {props.position && <p class="el-card-matched">{t('card_position', props.position)}</p>}
          </div>
        </div>
      )}
    </div>
  );
}
