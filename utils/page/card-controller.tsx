/**
 * The in-page hover card: a closed shadow root (page CSS cannot restyle it, page scripts cannot read
 * it) created on first use, so a page where nobody hovers keeps its DOM exactly as it was.
 * Also hosts the polite live region that announces keyboard jumps.
 */
import { render } from 'preact';
import type { BrowserApi } from '../browser-api';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Entry } from '../../data/schema';
import type { CompiledIndex } from '../matcher/compile';
import { phraseInEntry, phraseText } from '../matcher/phrases';
import type { EntryLoader } from './entry-loader';
import type { Settings } from '../settings-schema';
import { mountCardHost } from './card-host';
import { sentenceAround } from './sentence';
import type { PaintedMatch } from './page-scanner';
import { HoverCard } from '../../components/HoverCard';
import type { MatchedInfo } from '../../components/EvidenceCard';
import { readPageSays } from './page-says';
import cardCss from '../../components/card.css?inline';
import { t } from '../i18n';

export interface CardController {
  show(target: PaintedMatch, options?: { focus?: boolean; position?: string }): Promise<void>;
  hide(): void;
  isOpen(): boolean;
  isShowing(target: PaintedMatch): boolean;
  containsPoint(x: number, y: number): boolean;
  /** The event happened inside the card (a click on one of its buttons, by pointer or keyboard). */
  ownsEvent(event: Event): boolean;
  /** Focus is inside the card (keyboard use): pointer moves do not close it. */
  hasFocus(): boolean;
  announce(text: string): void;
  applySettings(): void;
}

/**
 * The host is the only part of the card in the page's DOM, and pages sometimes hide or transform
 * custom elements with !important rules. For !important declarations the shadow tree's own :host rule
 * outranks any rule of the page, so the reset and these guards live there.
 */
const HOST_CSS =
  ':host{all:initial!important;display:block!important;visibility:visible!important;opacity:1!important;' +
  'position:static!important;transform:none!important;filter:none!important;contain:none!important;' +
  'clip-path:none!important;pointer-events:auto!important}';
const CARD_CSS = HOST_CSS + cardCss;

/**
 * The card's styles as a constructed style sheet, not a <style> element: a page's Content-Security-
 * Policy may forbid inline styles (style-src), and it does not apply to constructed sheets.
 */
function adoptCardStyles(shadow: ShadowRoot) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CARD_CSS);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style'); // very old engines: best effort
    style.textContent = CARD_CSS;
    shadow.prepend(style);
  }
}

export function createCardController(
  ctx: ContentScriptContext,
  browser: BrowserApi,
  index: CompiledIndex,
  settings: () => Settings,
  getEntry: EntryLoader,
): CardController {
  let container: HTMLElement | null = null;
  let shadow: ShadowRoot | null = null;
  let current: PaintedMatch | null = null;
  let entry: Entry | null = null;
  /** The general entry the sentence also names ("anti-aging"), for the card's second line. */
  let alsoEntry: Entry | null = null;
  let announcement = '';
  let returnFocus: Element | null = null;
  let focusOnRender = false;
  let position = '';

  /** The card's host, created on first use (a page where nobody hovers keeps its DOM as it was). */
  function ensureUi() {
    if (container || ctx.isInvalid) return;
    const host = mountCardHost(ctx, () => {
      if (container) render(null, container);
      container = null;
      shadow = null;
    });
    container = host.container;
    shadow = host.shadow;
    adoptCardStyles(shadow);
  }

  const theme = () => {
    const chosen = settings().theme;
    if (chosen !== 'system') return chosen;
    return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  };

  function draw() {
    if (!container) return;
    const match = current;
    const shown = entry;
    // A claim-grammar match has no phrase of the entry's own: the card names the page's words.
    const phrase = match && entry ? (phraseText(entry, phraseInEntry(index, match.match.phrase)) ?? match.range.toString()) : null;
    render(
      <HoverCard
        theme={theme()}
        size={settings().cardTextSize}
        entry={match ? entry : null}
        loading={!!match && !entry}
        anchor={match ? match.range : null}
        matched={match && phrase ? matchedInfo(match, phrase, alsoEntry) : undefined}
        position={position}
        focusOnOpen={focusOnRender}
        announcement={announcement}
        onClose={() => controller.hide()}
        onMore={() => {
          if (entry) void browser.runtime.sendMessage({ type: 'open-options', entry: entry.id }).catch(() => {});
        }}
        onReport={(kind) => {
          if (!match || !shown) return;
          // The report page (an extension page) offers these; they are included only if ticked there.
          const context = { phrase: (phrase ?? '').slice(0, 200), sentence: sentenceAround(match.range), page: location.href.slice(0, 2000) };
          void browser.runtime.sendMessage({ type: 'open-report', entry: shown.id, kind, ...context }).catch(() => {});
        }}
        onHideTerm={() => {
          if (!match || !phrase) return;
          const id = index.entries[match.match.entry].id;
          const site = location.hostname;
          void browser.runtime.sendMessage({ type: 'hide-term', site, entry: id, phrase }).catch(() => {});
          controller.hide();
          controller.announce(t('card_hidden', phrase, site));
        }}
      />,
      container,
    );
    focusOnRender = false;
  }

  const controller: CardController = {
    async show(target, options = {}) {
      if (!settings().hoverCard && !options.focus) return;
      if (options.focus && !current) returnFocus = document.activeElement;
      current = target;
      position = options.position ?? '';
      entry = null;
      alsoEntry = null;
      const id = index.entries[target.match.entry].id;
      const also = target.match.also;
      ensureUi();
      focusOnRender = !!options.focus;
      draw();
      const [loaded, loadedAlso] = await Promise.all([getEntry(id), also === undefined ? null : getEntry(index.entries[also].id)]);
      if (current !== target) return;
      entry = loaded;
      alsoEntry = loadedAlso;
      focusOnRender = !!options.focus;
      // Keyboard jumps are announced once the entry (and its title) is known.
      if (options.focus) announcement = `${loaded?.title ?? target.range.toString()}${position ? `, ${position}` : ''}`;
      draw();
    },
    hide() {
      if (!current) return;
      const hadFocus = controller.hasFocus();
      current = null;
      entry = null;
      draw();
      if (hadFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
      returnFocus = null;
    },
    isOpen: () => current !== null,
    isShowing: (target) => current !== null && current.range === target.range,
    containsPoint(x, y) {
      const card = shadow?.querySelector('.el-popover');
      if (!card || !current) return false;
      const r = card.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    },
    hasFocus: () => !!shadow && !!shadow.activeElement,
    ownsEvent: (event) => !!shadow && event.composedPath().includes(shadow.host),
    announce(text) {
      announcement = text;
      ensureUi();
      draw();
    },
    applySettings() {
      draw();
    },
  };
  return controller;
}

/** What the card says about this match: the page's words, how its sentence speaks, what it says itself. */
function matchedInfo(match: PaintedMatch, phrase: string, also: Entry | null): MatchedInfo {
  const { match: m, block } = match;
  const text = block.block.text;
  const says = readPageSays(text);
  return {
    phrase,
    text: match.range.toString(),
    kind: m.kind,
    debunked: m.debunked,
    stance: m.stance,
    ...(m.cue ? { cue: text.slice(m.cue.start, m.cue.end) } : {}),
    ...(also ? { also: also.title } : {}),
    ...(m.context ? { contextFrom: m.context.from === 'page' ? 'page' : { paragraph: text.slice(m.context.start, m.context.end) } } : {}),
    ...says,
  };
}
