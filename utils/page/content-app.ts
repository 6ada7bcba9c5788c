/**
 * The content script's whole life on one page: reads settings, scans and paints, follows DOM changes,
 * single-page navigation and settings changes, answers the popup, and tears everything down when WXT's
 * context is invalidated (extension reload/update) or the page goes away.
 */
import type { BrowserApi } from '../browser-api';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CompiledIndex } from '../matcher/compile';
import { createMatcher } from '../matcher/scan';
import { readSettings, watchStoredSettings } from '../settings-reader';
import { isComplete, loadPageData, withPageData, type ShippedIndex } from '../page-data-store';
import type { Settings } from '../settings-schema';
import { createMatchFilter, hiddenTermsFor, resolveHiddenPhrases, siteStatus, type SiteStatus } from '../highlight-filter';
import { createEntryLoader } from './entry-loader';
import { ToContentSchema, isFromOurExtension, parseMessage, type PageState, type FoundEntry } from '../messages';
import { createHighlightPainter, supportsHighlights, type Painter } from './painter';
import { createMarkPainter } from './mark-painter';
import { createPageScanner, type PageScanner, type PaintedMatch } from './page-scanner';
import { watchMutations } from './mutation-watcher';
import { createCardController, type CardController } from './card-controller';
import { watchHover } from './hover';
import { findOpenShadowRoots } from './shadow-roots';
import { adoptHighlightRules } from './highlight-css';
import { createPauseEnd } from './pause-end';
import { readClaimReviewMarkup } from './claim-review-markup';
import { listenForTestCommands, markStatus } from './test-hooks';
import type { Command } from '../messages';
import { t } from '../i18n';

const REPORT_MS = 250;

/** `shipped` is what the content script ships (the rest is loaded), or a full index (tests). */
export async function startContentApp(ctx: ContentScriptContext, browser: BrowserApi, shipped: CompiledIndex | ShippedIndex) {
  const doc = document;
  const host = location.hostname;
  const topFrame = window === window.top;
  const [data, initialSettings] = await Promise.all([
    isComplete(shipped) ? null : loadPageData(browser, shipped.dataId),
    readSettings(browser),
  ]);
  const loaded = isComplete(shipped) ? shipped : data && withPageData(shipped, data);
  if (!loaded) {
    console.warn('[Evidence Lens] no phrase data from the extension; not scanning this page.');
    return;
  }
  const index: CompiledIndex = loaded;
  const matcher = createMatcher(index);
  let settings: Settings = initialSettings;
  if (ctx.isInvalid) return;
  let status: SiteStatus = siteStatus(settings, host);
  const painter: Painter = supportsHighlights(window)
    ? createHighlightPainter(window, settings.highlightStyle)
    : createMarkPainter(doc, settings.highlightStyle);
  ctx.onInvalidated(() => painter.dispose());

  /** One scanning session per "active" period; stopping aborts everything it started. */
  let session: { scanners: PageScanner[]; abort: AbortController; batching: (() => boolean)[] } | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let currentIndex = -1;
  let idleWaiters: (() => void)[] = [];
  const isIdle = () => !session || (session.scanners.every((s) => s.idle) && !session.batching.some((b) => b()));
  const onIdle = () => {
    if (!isIdle()) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };
  /** Resolves when every scanner is idle, or after `ms` (a page that never settles still answers). */
  const whenIdle = (ms: number) =>
    isIdle()
      ? Promise.resolve()
      : new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          idleWaiters.push(() => (clearTimeout(timer), resolve()));
        });

  const getEntry = createEntryLoader(browser);
  const card: CardController = createCardController(ctx, browser, index, () => settings, getEntry);
  // Phrases the reader hid on this site (resolved against full entries, only when there are any).
  let hidden = new Set<number>();
  const refreshHidden = async () => {
    hidden = await resolveHiddenPhrases(hiddenTermsFor(settings, host), index, getEntry);
  };
  await refreshHidden();

  const allVisible = (): PaintedMatch[] => {
    if (!session) return [];
    if (session.scanners.length === 1) return session.scanners[0].visible();
    return session.scanners
      .flatMap((s) => s.visible())
      .sort((a, b) => {
        const pos = a.range.startContainer.compareDocumentPosition(b.range.startContainer);
        return pos & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : pos & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
      });
  };

  const unordered = (): PaintedMatch[] => (session ? session.scanners.flatMap((s) => s.eachVisible()) : []);

  function report() {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      if (ctx.isInvalid) return;
      const ids = [...new Set(unordered().map((p) => index.entries[p.match.entry].id))];
      const paused = !status.active && status.reason === 'paused';
      browser.runtime.sendMessage({ type: 'page-entries', entries: ids, ...(paused ? { paused } : {}) }).catch(() => {});
    }, REPORT_MS);
  }

  function startSession() {
    const abort = new AbortController(); // stopSession() aborts it, also when the context is invalidated
    const filter = createMatchFilter(settings, index, hidden);
    const scanners: PageScanner[] = [];
    const batching: (() => boolean)[] = [];
    session = { scanners, abort, batching };

    const addRoot = (root: Document | ShadowRoot) => {
      if (root !== doc) {
        // Page-level ::highlight() rules do not reach into shadow trees: give this one its own.
        const unadopt = adoptHighlightRules(root as ShadowRoot);
        abort.signal.addEventListener('abort', unadopt);
      }
      const scanner = createPageScanner({
        root,
        matcher,
        painter,
        filter,
        onChange: report,
        onIdle,
        signal: abort.signal,
      });
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
      typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(fn) : setTimeout(fn, 200);
    idle(() => {
      if (abort.signal.aborted || !doc.body) return;
      void findShadows([doc.body]);
    });
  }

  function stopSession() {
    if (!session) return;
    session.abort.abort();
    session = null;
    painter.clearAll();
    onIdle();
    card.hide();
    currentIndex = -1;
    report();
  }

  const armPause = createPauseEnd(ctx, () => {
    status = siteStatus(settings, host);
    applyStatus();
  });
  let wasPaused = false;
  const applyStatus = () => {
    armPause(status);
    const paused = !status.active && status.reason === 'paused';
    if (status.active && !session) startSession();
    else if (!status.active && session) stopSession();
    else if (paused || wasPaused) report(); // the badge shows a pause, and stops showing it
    wasPaused = paused;
    if (topFrame) markStatus(status);
  };
  applyStatus();

  const unwatch = watchStoredSettings(browser, async (next) => {
    const prev = settings;
    settings = next;
    status = siteStatus(next, host);
    if (next.highlightStyle !== prev.highlightStyle) painter.setStyle(next.highlightStyle);
    await refreshHidden();
    if (ctx.isInvalid) return;
    if (session && status.active) {
      const filter = createMatchFilter(next, index, hidden);
      for (const scanner of session.scanners) void scanner.repaint(filter);
      currentIndex = -1;
    }
    applyStatus();
    card.applySettings();
  });
  ctx.onInvalidated(unwatch);

  // Single-page apps: a new "page" without a load; rescan from scratch.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!session) return;
    card.hide();
    currentIndex = -1;
    for (const scanner of session.scanners) void scanner.scanAll();
  });

  watchHover(ctx, {
    doc,
    hit: (node, offset) => {
      if (!session) return null;
      for (const scanner of session.scanners) {
        const found = scanner.matchAt(node, offset);
        if (found) return found;
      }
      return null;
    },
    card,
    settings: () => settings,
  });

  function jump(step: 1 | -1) {
    const list = allVisible();
    if (!list.length) {
      card.announce(t('jump_none'));
      return;
    }
    currentIndex = currentIndex < 0 ? (step === 1 ? 0 : list.length - 1) : (currentIndex + step + list.length) % list.length;
    reveal(list[currentIndex], false, t('jump_position', currentIndex + 1, list.length));
  }

  function reveal(target: PaintedMatch, flash: boolean, position?: string) {
    const element = target.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    painter.setCurrent(target.range, flash);
    void card.show(target, { focus: true, position });
  }

  function pageState(): PageState {
    const found = new Map<string, FoundEntry>();
    const idle = isIdle();
    for (const painted of unordered()) {
      const id = index.entries[painted.match.entry].id;
      let row = found.get(id);
      if (!row) found.set(id, (row = { entry: id, claims: 0, mentions: 0, debunked: 0 }));
      if (painted.match.kind === 'claim') row.claims++;
      else row.mentions++;
      if (painted.match.debunked) row.debunked++;
    }
    return {
      host,
      active: status.active,
      ...(status.active ? {} : { reason: status.reason }),
      ...(!status.active && status.reason === 'paused' ? { pausedUntil: status.until } : {}),
      idle,
      slicing: slicingOf(session?.scanners ?? []),
      found: [...found.values()],
      claimReviews: readClaimReviewMarkup(doc),
    };
  }

  const onMessage = (raw: unknown, sender: any) => {
    if (!isFromOurExtension(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(ToContentSchema, raw, 'content script');
    if (!message) return undefined;
    // Only the top frame answers the popup and commands; frames report their counts on their own.
    if (!topFrame) return undefined;
    switch (message.type) {
      case 'get-page-state':
        return message.waitForIdle ? whenIdle(10_000).then(pageState) : Promise.resolve(pageState());
      case 'reveal': {
        const list = allVisible();
        const i = list.findIndex((p) => index.entries[p.match.entry].id === message.entry);
        if (i >= 0) {
          currentIndex = i;
          reveal(list[i], true, t('jump_position', i + 1, list.length));
        }
        return Promise.resolve(i >= 0);
      }
      case 'command':
        return runCommand(message.command);
    }
  };
  const runCommand = (command: Command): Promise<boolean> => {
    if (command === 'toggle-site' || command === 'pause-site') {
      return browser.runtime.sendMessage({ type: command, site: host }).then(() => true);
    }
    jump(command === 'next-claim' ? 1 : -1);
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  if (topFrame) listenForTestCommands(ctx, runCommand);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    clearTimeout(reportTimer);
    stopSession();
  });
}

/** The scanners' slicing, summed over the page's roots (the page and its open shadow roots). */
function slicingOf(scanners: PageScanner[]) {
  const all = scanners.map((s) => s.slicing);
  return {
    slices: all.reduce((n, s) => n + s.slices, 0),
    mostWork: Math.max(0, ...all.map((s) => s.mostWork)),
    longestMs: Math.round(Math.max(0, ...all.map((s) => s.longestMs)) * 10) / 10,
  };
}
