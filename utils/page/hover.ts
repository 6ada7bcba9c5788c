/**
 * Pointer-driven cards: find the match under the pointer without touching the page, after the
 * reader's hover delay; keep the card while the pointer moves into it; close on Escape or when the
 * pointer has left both phrase and card for a moment (WCAG 1.4.13: dismissible, hoverable, persistent).
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
    const target = hitTest(doc, x, y, options.hit);
    if (target) {
      cancelHide();
      if (card.isShowing(target) || showing?.range === target.range) return;
      cancelShow();
      showing = target;
      showTimer = setTimeout(() => {
        showing = null;
        void card.show(target);
      }, options.settings().hoverDelayMs);
      return;
    }
    cancelShow();
    if (card.isOpen() && !card.hasFocus() && hideTimer === undefined) {
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
      if (!frame) frame = requestAnimationFrame(check);
    },
    { passive: true },
  );
  ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card.isOpen()) card.hide();
  });
  ctx.onInvalidated(() => {
    cancelAnimationFrame(frame);
    cancelShow();
    cancelHide();
  });
}
