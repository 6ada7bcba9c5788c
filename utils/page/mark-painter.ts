/**
 * Fallback painter for browsers without the CSS Custom Highlight API (Firefox before 140, old Safari):
 * wraps matched text in <mark class="el-mark …">. This is the only code that changes a page's DOM, and
 * it is used only when createHighlightPainter cannot be.
 */
import type { Verdict } from '../../data/schema';
import type { HighlightStyle } from '../settings-schema';
import type { Painter } from './painter';

export const MARK_CLASS = 'el-mark';

export function createMarkPainter(doc: Document = document, initialStyle: HighlightStyle = 'underline'): Painter {
  let style = initialStyle;
  const owned = new Map<object, HTMLElement[]>();
  let currentMarks: HTMLElement[] = [];

  const unwrap = (mark: HTMLElement) => {
    const parent = mark.parentNode;
    if (!parent) return;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  };

  /** Wraps the text of a range, one <mark> per text node it spans. */
  function wrap(range: AbstractRange, verdict: Verdict): HTMLElement[] {
    const marks: HTMLElement[] = [];
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const texts: Text[] = [];
    const walker = doc.createTreeWalker(live.commonAncestorContainer, 4);
    if (live.commonAncestorContainer.nodeType === 3) texts.push(live.commonAncestorContainer as Text);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (live.intersectsNode(n)) texts.push(n as Text);
    for (const text of texts) {
      let piece = text;
      const from = text === live.startContainer ? live.startOffset : 0;
      const to = text === live.endContainer ? live.endOffset : text.data.length;
      if (to <= from) continue;
      if (to < piece.data.length) piece.splitText(to);
      if (from > 0) piece = piece.splitText(from);
      const mark = doc.createElement('mark');
      mark.className = `${MARK_CLASS} ${MARK_CLASS}-${style} ${MARK_CLASS}-${verdict}`;
      mark.dataset.elVerdict = verdict;
      piece.parentNode!.insertBefore(mark, piece);
      mark.appendChild(piece);
      marks.push(mark);
    }
    return marks;
  }

  return {
    kind: 'marks',
    set(owner, ranges) {
      this.clear(owner);
      // Last range first, so wrapping never shifts the offsets of ranges still to do.
      const marks: HTMLElement[] = [];
      for (let i = ranges.length - 1; i >= 0; i--) marks.push(...wrap(ranges[i].range, ranges[i].verdict));
      if (marks.length) owned.set(owner, marks);
    },
    clear(owner) {
      for (const mark of owned.get(owner) ?? []) unwrap(mark);
      owned.delete(owner);
    },
    clearAll() {
      for (const owner of [...owned.keys()]) this.clear(owner);
    },
    setStyle(next) {
      style = next;
      for (const marks of owned.values()) {
        for (const mark of marks) {
          mark.className = `${MARK_CLASS} ${MARK_CLASS}-${style} ${MARK_CLASS}-${mark.dataset.elVerdict}`;
        }
      }
    },
    setCurrent(range) {
      for (const mark of currentMarks) mark.classList.remove(`${MARK_CLASS}-current`);
      currentMarks = [];
      if (!range) return;
      for (const marks of owned.values()) {
        for (const mark of marks) {
          const r = doc.createRange();
          r.selectNodeContents(mark);
          if (
            r.compareBoundaryPoints(Range.START_TO_END, range as Range) > 0 &&
            r.compareBoundaryPoints(Range.END_TO_START, range as Range) < 0
          ) {
            mark.classList.add(`${MARK_CLASS}-current`);
            currentMarks.push(mark);
          }
        }
      }
    },
    dispose() {
      this.clearAll();
    },
  };
}
