/**
 * Pointer-driven cards: find the match under the pointer without touching the page, after the
 * reader's hover delay; keep the card while the pointer moves into it; close on Escape or when the
 * pointer has left both phrase and card for a moment (WCAG 1.4.13: dismissible, hoverable, persistent).
 * The reader chooses how it opens (settings.cardOpens): on hover, on a click only, or on hover with a
 * key held. A click or a tap on a highlight always opens it at once and keeps it until a click or tap
 * elsewhere, Escape or the close button: touch screens have no hover.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '../settings-schema';
import type { CardController } from './card-controller';
import type { PaintedMatch } from './page-scanner';

export const HIDE_GRACE_MS = 350;

export interface HoverOptions {
  doc: Document;
  hit(node: Node, offset: number): PaintedMatch | null;
  card: CardController;
  settings(): Settings;
}

/** The text position under a point, by whichever caret API the browser has. */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const anyDoc = doc as any;
  if (typeof anyDoc.caretPositionFromPoint === 'function') {
    const pos = anyDoc.caretPositionFromPoint(x, y);
    return pos?.offsetNode ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof anyDoc.caretRangeFromPoint === 'function') {
    const range = anyDoc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** The point must be inside one of the phrase's glyph boxes: a caret also lands beside text. */
export function pointInRange(range: Range, x: number, y: number, slack = 1): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left - slack && x <= r.right + slack && y >= r.top - slack && y <= r.bottom + slack) return true;
  }
  return false;
}

export function hitTest(doc: Document, x: number, y: number, hit: HoverOptions['hit']): PaintedMatch | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== 3) return null;
  const found = hit(caret.node, caret.offset) ?? (caret.offset > 0 ? hit(caret.node, caret.offset - 1) : null);
  return found && pointInRange(found.range, x, y) ? found : null;
}

export function watchHover(ctx: ContentScriptContext, options: HoverOptions) {
  const { doc, card } = options;
  let x = 0;
  let y = 0;
  let frame = 0;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let showing: PaintedMatch | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  /** Opened by a click or tap: leaving it with the pointer does not close it. */
  let pinned = false;
  let held = false;

  const cancelShow = () => {
    clearTimeout(showTimer);
    showing = null;
  };
  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  function check() {
    frame = 0;
    if (!options.settings().hoverCard) return;
    if (card.containsPoint(x, y)) {
      cancelHide();
      cancelShow();
      return;
    }
    const { cardOpens, hoverDelayMs } = options.settings();
    const target = hitTest(doc, x, y, options.hit);
    if (target) {
      cancelHide();
      if (card.isShowing(target) || showing?.range === target.range) return;
      if (cardOpens === 'click' || (cardOpens === 'modifier' && !held)) return;
      cancelShow();
      showing = target;
      showTimer = setTimeout(() => {
        showing = null;
        pinned = false;
        void card.show(target);
      }, cardOpens === 'modifier' ? 0 : hoverDelayMs);
      return;
    }
    cancelShow();
    if (card.isOpen() && !pinned && !card.hasFocus() && hideTimer === undefined) {
      hideTimer = setTimeout(() => {
        hideTimer = undefined;
        card.hide();
      }, HIDE_GRACE_MS);
    }
  }

  ctx.addEventListener(
    doc,
    'pointermove',
    (event: PointerEvent) => {
      if (event.pointerType === 'touch') return;
      x = event.clientX;
      y = event.clientY;
      held = event.getModifierState(options.settings().cardModifier);
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true },
  );
  // Clicks and taps (a tap ends in a click too). Captured, so a page that stops clicks cannot hide them.
  ctx.addEventListener(
    doc,
    'click',
    (event: MouseEvent) => {
      if (!options.settings().hoverCard || card.ownsEvent(event) || card.containsPoint(event.clientX, event.clientY)) return;
      const target = hitTest(doc, event.clientX, event.clientY, options.hit);
      cancelShow();
      cancelHide();
      if (target) {
        pinned = true;
        if (!card.isShowing(target)) void card.show(target);
      } else if (card.isOpen()) {
        pinned = false;
        card.hide();
      }
    },
    { capture: true, passive: true },
  );
  const onKey = (event: KeyboardEvent) => {
    if (event.type === 'keydown' && event.key === 'Escape' && card.isOpen()) card.hide();
    if (event.key !== options.settings().cardModifier) return;
    held = event.type === 'keydown';
    if (held && !frame) frame = requestAnimationFrame(check);
  };
  ctx.addEventListener(doc, 'keydown', onKey);
  ctx.addEventListener(doc, 'keyup', onKey);
  ctx.onInvalidated(() => {
    cancelAnimationFrame(frame);
    cancelShow();
    cancelHide();
  });
}
