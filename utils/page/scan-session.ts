/**
 * Scanning orchestration: one session per "active" period of a page. A session scans the document and
 * every open shadow root found in it, follows their DOM changes, and knows when it has caught up (idle).
 * Stopping aborts everything the session started and clears its paint.
 */
import type { Matcher } from '../matcher/scan';
import type { Painter } from './painter';
import { createPageScanner, type MatchFilter, type PageScanner, type PaintedMatch } from './page-scanner';
import { watchMutations } from './mutation-watcher';
import { findOpenShadowRoots } from './shadow-roots';
import { adoptHighlightRules } from './highlight-css';

export interface ScanSessionOptions {
  doc: Document;
  win: Window;
  matcher: Matcher;
  painter: Painter;
  /** Something was painted or unpainted (the badge report follows). */
  onChange: () => void;
}

export interface ScanSessions {
  readonly running: boolean;
  start(filter: MatchFilter): void;
  stop(): void;
  /** The scanners of the running session (the document first, then shadow roots). */
  scanners(): PageScanner[];
  /** Every scanner has caught up and no change waits in a batch (also when no session runs). */
  isIdle(): boolean;
  /** Resolves when idle, or after `ms` (a page that never settles still answers). */
  whenIdle(ms: number): Promise<void>;
  /** Painted matches in document order (jumping, the popup's "reveal"). */
  visible(): PaintedMatch[];
  /** Painted matches in no particular order (counting). */
  unordered(): PaintedMatch[];
  matchAt(node: Node, offset: number): PaintedMatch | null;
}

interface Session {
  scanners: PageScanner[];
  abort: AbortController;
  batching: (() => boolean)[];
}

export function createScanSessions(options: ScanSessionOptions): ScanSessions {
  const { doc, win, matcher, painter, onChange } = options;
  let session: Session | null = null;
  let idleWaiters: (() => void)[] = [];

  const isIdle = () => !session || (session.scanners.every((s) => s.idle) && !session.batching.some((b) => b()));
  const onIdle = () => {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  function start(filter: MatchFilter) {
    const abort = new AbortController(); // stop() aborts it, also when the content script's context goes
    const scanners: PageScanner[] = [];
    const batching: (() => boolean)[] = [];
    session = { scanners, abort, batching };

    const addRoot = (root: Document | ShadowRoot) => {
      if (root !== doc) {
        // Page-level ::highlight() rules do not reach into shadow trees: give this one its own.
        const unadopt = adoptHighlightRules(root as ShadowRoot);
        abort.signal.addEventListener('abort', unadopt);
      }
      const scanner = createPageScanner({ root, matcher, painter, filter, onChange, onIdle, signal: abort.signal });
      scanners.push(scanner);
      const waiting = watchMutations({
        root,
        signal: abort.signal,
        onChanges: (elements) => {
          void scanner.rescan(elements);
          // New custom elements may bring open shadow roots.
          void findShadows(elements);
        },
        onFullRescan: () => void scanner.scanAll(),
      });
      batching.push(waiting);
      void scanner.scanAll();
    };
    const known = new WeakSet<ShadowRoot>();
    // The page is not caught up while a search runs (it yields to the page on big documents).
    let searching = 0;
    batching.push(() => searching > 0);
    const findShadows = async (elements: Iterable<Element>) => {
      searching++;
      try {
        const found = await findOpenShadowRoots(elements, known, { stopped: () => abort.signal.aborted });
        if (!abort.signal.aborted) for (const shadow of found) addRoot(shadow);
      } finally {
        searching--;
        onIdle();
      }
    };
    addRoot(doc);
    // Open shadow roots are found after the main scan, when the page is idle.
    // Called on window (Firefox refuses an unbound requestIdleCallback).
    const idle = (fn: () => void) =>
      typeof win.requestIdleCallback === 'function' ? win.requestIdleCallback(fn) : setTimeout(fn, 200);
    idle(() => {
      if (abort.signal.aborted || !doc.body) return;
      void findShadows([doc.body]);
    });
  }

  function stop() {
    if (!session) return;
    session.abort.abort();
    session = null;
    painter.clearAll();
    onIdle();
  }

  const scanners = () => session?.scanners ?? [];

  return {
    get running() {
      return session !== null;
    },
    start,
    stop,
    scanners,
    isIdle,
    whenIdle: (ms) =>
      isIdle()
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            const timer = setTimeout(resolve, ms);
            idleWaiters.push(() => (clearTimeout(timer), resolve()));
          }),
    visible() {
      const all = scanners();
      if (all.length <= 1) return all[0]?.visible() ?? [];
      return all
        .flatMap((s) => s.visible())
        .sort((a, b) => {
          const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
          return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
        });
    },
    unordered: () => scanners().flatMap((s) => s.eachVisible()),
    matchAt(node, offset) {
      for (const scanner of scanners()) {
        const found = scanner.matchAt(node, offset);
        if (found) return found;
      }
      return null;
    },
  };
}
