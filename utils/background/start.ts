/**
 * The background: badge counts, the "Look up" context menu, keyboard commands, the welcome page, and
 * the message router. Messages are accepted only from this extension and only in the declared shape.
 */
import type { BrowserApi } from '../browser-api';
import { entries } from 'virtual:evidence-entries';
import pageData from 'virtual:evidence-page-data';
import { storePageData } from '../page-data-store';
import { ToBackgroundSchema, isFromOurExtension, parseMessage, COMMANDS, type Command } from '../messages';
import { getSettings, updateSettings, watchSettings } from '../settings';
import { toggleSite } from '../highlight-filter';
import { pauseEnd, pauseSite, pausedUntil, resumeSite } from '../pause';
import { parseSitePattern } from '../site-patterns';
import { BadgeCounts, badgeText } from './badge-counts';
import { openLookup } from './lookup';
import { createReportDesk } from './report-desk';
import { mirrorManaged, watchManaged } from './managed-mirror';
import { t } from '../i18n';
import { startInFrame } from './frame-starter';

const MENU_ID = 'evidence-lens-lookup';
const BADGE_COLOR = '#5b3fa8';
const PAUSED_COLOR = '#5f6368';
/** Two bars, as a media player's pause: fits the badge and needs no translation. */
const PAUSED_TEXT = '❚❚';

export function startBackground(browser: BrowserApi) {
  const counts = new BadgeCounts();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const action = (browser as any).action ?? (browser as any).browserAction;
  let badgeOn = true;
  /** Tabs whose page (top frame) is on a paused site. */
  const paused = new Set<number>();
  const reports = createReportDesk();

  const showBadge = async (tabId: number) => {
    try {
      const isPaused = paused.has(tabId);
      await action.setBadgeBackgroundColor({ tabId, color: isPaused ? PAUSED_COLOR : BADGE_COLOR });
      await action.setBadgeText({ tabId, text: badgeOn ? (isPaused ? PAUSED_TEXT : badgeText(counts.count(tabId))) : '' });
      await action.setTitle({ tabId, title: isPaused ? t('badge_paused') : t('extName') });
    } catch {
      // The tab closed in the meantime.
    }
  };

  watchManaged(browser);
  void mirrorManaged(browser).catch((error) => console.warn('[Evidence Lens] managed settings not read:', error));
  storePageData(browser, pageData).catch((error) => console.warn('[Evidence Lens] could not store the phrase data:', error));
  void getSettings().then((s) => (badgeOn = s.badge));
  watchSettings((s) => {
    badgeOn = s.badge;
    for (const tabId of counts.tabIds()) void showBadge(tabId);
  });

  browser.runtime.onMessage.addListener((raw: unknown, sender: any) => {
    if (!isFromOurExtension(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(ToBackgroundSchema, raw, 'background');
    if (!message) return undefined;
    switch (message.type) {
      case 'page-entries': {
        const tabId = sender.tab?.id;
        if (typeof tabId !== 'number') return undefined;
        const frameId = sender.frameId ?? 0;
        counts.report(tabId, frameId, message.entries);
        if (frameId === 0) {
          if (message.paused) paused.add(tabId);
          else paused.delete(tabId);
        }
        void showBadge(tabId);
        return undefined;
      }
      case 'start-frame':
        return startInFrame(browser, sender);
      case 'get-entry':
        return Promise.resolve(byId.get(message.id) ?? null);
      case 'get-page-data':
        // A page that found no stored phrase data (the first after an update) gets it here.
        return Promise.resolve(pageData);
      case 'hide-term': {
        const site = parseSitePattern(message.site);
        if (!site.ok) return undefined;
        const term = { site: site.pattern, entry: message.entry, phrase: message.phrase };
        return updateSettings((s) => ({
          hiddenTerms: s.hiddenTerms.some((t) => t.site === term.site && t.entry === term.entry && t.phrase === term.phrase)
            ? s.hiddenTerms
            : [...s.hiddenTerms, term],
        })).then(() => true);
      }
      case 'toggle-site': {
        const site = parseSitePattern(message.site);
        if (!site.ok) return undefined;
        return updateSettings((s) => toggleSite(s, site.pattern)).then(() => true);
      }
      case 'pause-site': {
        const site = parseSitePattern(message.site);
        if (!site.ok) return undefined;
        const host = message.site;
        return updateSettings((s) =>
          pausedUntil(s, host) ? resumeSite(s, host) : pauseSite(s, site.pattern, pauseEnd('hour')),
        ).then(() => true);
      }
      case 'open-report': {
        const token = reports.leave({ phrase: message.phrase, sentence: message.sentence, page: message.page });
        const url = `/options.html#entry/${message.entry}/report/${message.kind}/${token}`;
        return browser.tabs.create({ url: browser.runtime.getURL(url as any) }).then(() => true);
      }
      case 'take-report':
        return Promise.resolve(reports.take(message.token));
      case 'open-options':
        if (message.entry) {
          return browser.tabs.create({ url: browser.runtime.getURL(`/options.html#entry/${message.entry}` as any) });
        }
        return browser.runtime.openOptionsPage();
    }
  });

  // A new page in the tab: its old count is gone (the new page's content script reports afresh).
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') {
      counts.clear(tabId);
      paused.delete(tabId);
      void showBadge(tabId);
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    counts.clear(tabId);
    paused.delete(tabId);
  });

  browser.runtime.onInstalled.addListener(async (details) => {
    // Menus survive updates in some browsers: start clean so the id is never a duplicate.
    await browser.contextMenus.removeAll();
    browser.contextMenus.create({
      id: MENU_ID,
      title: t('menu_lookup'),
      contexts: ['selection'],
    });
    if (details.reason === 'install') {
      void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html' as any) });
    }
  });

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === MENU_ID && info.selectionText) void openLookup(info.selectionText);
  });
  // What the context-menu item does, reachable by automation in this service worker (e2e tests cannot
  // click a native menu). Web pages and other extensions cannot reach this scope.
  (globalThis as { evidenceLensLookup?: (text: string) => Promise<void> }).evidenceLensLookup = openLookup;

  browser.commands.onCommand.addListener(async (name) => {
    if (!(COMMANDS as readonly string[]).includes(name)) return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return;
    try {
      await browser.tabs.sendMessage(tab.id, { type: 'command', command: name as Command }, { frameId: 0 });
    } catch {
      // No content script on this tab (a browser page): nothing to do.
    }
  });
}
