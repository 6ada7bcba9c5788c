/**
 * What the popup is told about the page: its status, whether the scan has caught up, how the work was
 * sliced, the entries found (claims, mentions, debunked), and the page's own fact-check markup.
 */
import type { CompiledIndex } from '../matcher/compile';
import type { SiteStatus } from '../highlight-filter';
import type { FoundEntry, PageState } from '../messages';
import type { PageScanner, PaintedMatch } from './page-scanner';
import { readClaimReviewMarkup } from './claim-review-markup';

export function buildPageState(options: {
  doc: Document;
  host: string;
  index: CompiledIndex;
  status: SiteStatus;
  idle: boolean;
  scanners: PageScanner[];
  painted: PaintedMatch[];
}): PageState {
  const { status, index } = options;
  const found = new Map<string, FoundEntry>();
  for (const painted of options.painted) {
    const id = index.entries[painted.match.entry].id;
    let row = found.get(id);
    if (!row) found.set(id, (row = { entry: id, claims: 0, mentions: 0, debunked: 0 }));
    if (painted.match.kind === 'claim') row.claims++;
    else row.mentions++;
    if (painted.match.debunked) row.debunked++;
  }
  return {
    host: options.host,
    active: status.active,
    ...(status.active ? {} : { reason: status.reason }),
    ...(!status.active && status.reason === 'paused' ? { pausedUntil: status.until } : {}),
    idle: options.idle,
    slicing: slicingOf(options.scanners),
    found: [...found.values()],
    claimReviews: readClaimReviewMarkup(options.doc),
  };
}

/** The scanners' slicing, summed over the page's roots (the page and its open shadow roots). */
export function slicingOf(scanners: PageScanner[]) {
  const all = scanners.map((s) => s.slicing);
  return {
    slices: all.reduce((n, s) => n + s.slices, 0),
    mostWork: Math.max(0, ...all.map((s) => s.mostWork)),
    longestMs: Math.round(Math.max(0, ...all.map((s) => s.longestMs)) * 10) / 10,
  };
}
