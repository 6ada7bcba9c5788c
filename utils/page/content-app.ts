/**
 * The content script's whole life on one page, wired from parts with one job each: the phrase data
 * and settings it starts from, the site's settings followed live (site-settings.ts), the scanning
 * sessions (scan-session.ts), the card and hover, moving through claims (claim-navigator.ts), the badge
 * report (badge-report.ts) and the answers to the popup (content-messages.ts, page-state.ts).
 * Everything is torn down when WXT's context is invalidated (extension reload/update) or the page goes.
 */
import type { BrowserApi } from '../browser-api';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CompiledIndex } from '../matcher/compile';
import { createMatcher, type Matcher } from '../matcher/scan';
import { readSettings } from '../settings-reader';
import { isComplete, loadPageData, withPageData, type ShippedIndex } from '../page-data-store';
import type { ToContent } from '../messages';
import { createEntryLoader } from './entry-loader';
import { createHighlightPainter, supportsHighlights, type Painter } from './painter';
import { createMarkPainter } from './mark-painter';
import { createCardController } from './card-controller';
import { watchHover } from './hover';
import { createPauseEnd } from './pause-end';
import { createSiteSettings } from './site-settings';
import { createScanSessions } from './scan-session';
import { createClaimNavigator } from './claim-navigator';
import { createBadgeReport } from './badge-report';
import { answerExtension } from './content-messages';
import { buildPageState } from './page-state';
import { parentMatcher, shareMatcher } from './shared-matcher';
import { listenForTestCommands, markMatcher, markStatus } from './test-hooks';
import type { Command } from '../messages';

/**
 * The matcher this page scans with: its same-origin parent frame's, or built from what the content
 * script ships completed with the phrase data from storage (and then shared with child frames).
 */
function loadMatcher(browser: BrowserApi, shipped: CompiledIndex | ShippedIndex): Promise<Matcher | null> {
  if (isComplete(shipped)) return Promise.resolve(createMatcher(shipped));
  const fromParent = parentMatcher(window, shipped.dataId);
  const matcher = (fromParent ?? Promise.resolve(null)).then(async (shared) => {
    markMatcher(shared ? 'shared' : 'built');
    if (shared) return shared;
    const data = await loadPageData(browser, shipped.dataId);
    return data && createMatcher(withPageData(shipped, data));
  });
  shareMatcher(window, shipped.dataId, matcher);
  return matcher;
}

/** `shipped` is what the content script ships (the rest is loaded), or a full index (tests). */
export async function startContentApp(ctx: ContentScriptContext, browser: BrowserApi, shipped: CompiledIndex | ShippedIndex) {
  const doc = document;
  const host = location.hostname;
  const topFrame = window === window.top;
  const [matcher, initialSettings] = await Promise.all([loadMatcher(browser, shipped), readSettings(browser)]);
  if (!matcher) {
    console.warn('[Evidence Lens] no phrase data from the extension; not scanning this page.');
    return;
  }
  const index: CompiledIndex = matcher.index;
  if (ctx.isInvalid) return;
  const painter: Painter = supportsHighlights(window)
    ? createHighlightPainter(window, initialSettings.highlightStyle)
    : createMarkPainter(doc, initialSettings.highlightStyle);
  ctx.onInvalidated(() => painter.dispose());

  const getEntry = createEntryLoader(browser);
  const site = await createSiteSettings({
    ctx,
    browser,
    host,
    index,
    initial: initialSettings,
    getEntry,
    onChange: (next, prev) => {
      if (next.highlightStyle !== prev.highlightStyle) painter.setStyle(next.highlightStyle);
      if (sessions.running && site.status.active) {
        const filter = site.filter();
        for (const scanner of sessions.scanners()) void scanner.repaint(filter);
        navigator.reset();
      }
      applyStatus();
      card.applySettings();
    },
  });
  const card = createCardController(ctx, browser, index, () => site.settings, getEntry);
  const isPaused = () => !site.status.active && site.status.reason === 'paused';
  const report = createBadgeReport(ctx, browser, () => ({
    entries: [...new Set(sessions.unordered().map((p) => index.entries[p.match.entry].id))],
    paused: isPaused(),
  }));
  const sessions = createScanSessions({ doc, win: window, matcher, painter, onChange: report });
  const navigator = createClaimNavigator({ painter, card, visible: sessions.visible });

  const stop = () => {
    if (!sessions.running) return;
    sessions.stop();
    card.hide();
    navigator.reset();
    report();
  };
  const armPause = createPauseEnd(ctx, () => {
    site.refreshStatus();
    applyStatus();
  });
  let wasPaused = false;
  function applyStatus() {
    const { status } = site;
    armPause(status);
    const paused = isPaused();
    if (status.active && !sessions.running) sessions.start(site.filter());
    else if (!status.active && sessions.running) stop();
    else if (paused || wasPaused) report(); // the badge shows a pause, and stops showing it
    wasPaused = paused;
    if (topFrame) markStatus(status);
  }
  applyStatus();

  // Single-page apps: a new "page" without a load; rescan from scratch.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!sessions.running) return;
    card.hide();
    navigator.reset();
    for (const scanner of sessions.scanners()) void scanner.scanAll();
  });

  watchHover(ctx, { doc, hit: sessions.matchAt, card, settings: () => site.settings });

  const pageState = () =>
    buildPageState({
      doc,
      host,
      index,
      status: site.status,
      idle: sessions.isIdle(),
      scanners: sessions.scanners(),
      painted: sessions.unordered(),
    });
  answerExtension(ctx, browser, (message: ToContent) => {
    switch (message.type) {
      case 'get-page-state':
        return message.waitForIdle ? sessions.whenIdle(10_000).then(pageState) : Promise.resolve(pageState());
      case 'reveal':
        return Promise.resolve(navigator.reveal((p) => index.entries[p.match.entry].id === message.entry));
      case 'command':
        return runCommand(message.command);
    }
  });
  function runCommand(command: Command): Promise<boolean> {
    if (command === 'toggle-site' || command === 'pause-site') {
      return browser.runtime.sendMessage({ type: command, site: host }).then(() => true);
    }
    navigator.jump(command === 'next-claim' ? 1 : -1);
    return Promise.resolve(true);
  }
  if (topFrame) listenForTestCommands(ctx, runCommand);
  ctx.onInvalidated(stop);
}
