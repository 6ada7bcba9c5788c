/**
 * Paints match ranges with the CSS Custom Highlight API: one named highlight per verdict and style
 * ("el-underline-warning"), styled by entrypoints/content/style.css, which the manifest injects. The
 * page's DOM is not touched. Where the API is missing, mark-painter.ts wraps text instead.
 *
 * Firefox 140 notes (../shared/STYLE.md): Highlight.add() and HighlightRegistry.set() are not chained.
 */
import { VERDICTS } from '../../data/scales';
import type { Verdict } from '../../data/schema';
import type { HighlightStyle } from '../settings-schema';

export interface Painter {
  /** Replaces the painted ranges of one owner (a block) with these. */
  set(owner: object, ranges: readonly { range: AbstractRange; verdict: Verdict }[]): void;
  clear(owner: object): void;
  clearAll(): void;
  setStyle(style: HighlightStyle): void;
  /** The one range marked as current (keyboard jump, popup reveal), or null. */
  setCurrent(range: AbstractRange | null, flash?: boolean): void;
  readonly kind: 'highlight-api' | 'marks';
  dispose(): void;
}

export const highlightName = (style: HighlightStyle, verdict: Verdict) => `el-${style}-${verdict}`;
export const CURRENT_HIGHLIGHT = 'el-current';
export const FLASH_HIGHLIGHT = 'el-flash';

type HighlightCtor = new (...ranges: AbstractRange[]) => Highlight;

export function supportsHighlights(win: Window = window): boolean {
  const css = (win as any).CSS;
  return !!(css && css.highlights && typeof (win as any).Highlight === 'function');
}

export function createHighlightPainter(win: Window = window, initialStyle: HighlightStyle = 'underline'): Painter {
  const registry: HighlightRegistry = (win as any).CSS.highlights;
  const HighlightClass: HighlightCtor = (win as any).Highlight;
  let style = initialStyle;
  const byVerdict = new Map<Verdict, Highlight>();
  const owned = new Map<object, { range: AbstractRange; verdict: Verdict }[]>();

  // Nothing is registered until the first range is painted: most pages never need a highlight.
  let registered = false;
  function register() {
    registered = true;
    for (const verdict of VERDICTS) {
      let highlight = byVerdict.get(verdict);
      if (!highlight) {
        highlight = new HighlightClass();
        byVerdict.set(verdict, highlight);
      }
      registry.set(highlightName(style, verdict), highlight);
    }
    registry.set(CURRENT_HIGHLIGHT, current);
    registry.set(FLASH_HIGHLIGHT, flash);
  }

  function unregister() {
    if (!registered) return;
    for (const verdict of VERDICTS) registry.delete(highlightName(style, verdict));
  }

  let current: Highlight;
  let flash: Highlight;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  const ensure = () => {
    if (registered) return;
    current = new HighlightClass();
    current.priority = 2;
    flash = new HighlightClass();
    flash.priority = 3;
    register();
  };

  return {
    kind: 'highlight-api',
    set(owner, ranges) {
      if (!registered) {
        if (!ranges.length) return;
        ensure();
      }
      const previous = owned.get(owner);
      if (previous) for (const { range, verdict } of previous) byVerdict.get(verdict)!.delete(range);
      if (ranges.length) {
        owned.set(owner, [...ranges]);
        for (const { range, verdict } of ranges) byVerdict.get(verdict)!.add(range);
      } else owned.delete(owner);
    },
    clear(owner) {
      this.set(owner, []);
    },
    clearAll() {
      owned.clear();
      if (!registered) return;
      for (const highlight of byVerdict.values()) highlight.clear();
      current.clear();
      flash.clear();
    },
    setStyle(next) {
      if (next === style) return;
      unregister();
      style = next;
      if (registered) register();
    },
    setCurrent(range, withFlash = false) {
      if (!registered) {
        if (!range) return;
        ensure();
      }
      current.clear();
      flash.clear();
      clearTimeout(flashTimer);
      if (!range) return;
      current.add(range);
      if (withFlash) {
        flash.add(range);
        flashTimer = setTimeout(() => flash.clear(), 1200);
      }
    },
    dispose() {
      clearTimeout(flashTimer);
      this.clearAll();
      if (!registered) return;
      unregister();
      registry.delete(CURRENT_HIGHLIGHT);
      registry.delete(FLASH_HIGHLIGHT);
      registered = false;
    },
  };
}
