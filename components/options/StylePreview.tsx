import { useEffect, useRef } from 'preact/hooks';
import type { HighlightStyle } from '../../utils/settings-schema';
import { highlightName } from '../../utils/page/painter';
import type { Verdict } from '../../data/schema';

const SAMPLE: [string, Verdict | null][] = [
  ['A clinic promises that ', null],
  ['stem cell therapy', 'unproven'],
  [' and ', null],
  ['young plasma', 'warning'],
  [' will ', null],
  ['reverse aging', 'warning'],
  ['; ', null],
  ['exercise', 'established'],
  [' still beats them both.', null],
];

/** The sample sentence painted with the real highlight rules (the page's ::highlight styles). */
export function StylePreview({ style }: { style: HighlightStyle }) {
  const paragraph = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const registry = (CSS as any).highlights as HighlightRegistry | undefined;
    const el = paragraph.current;
    if (!registry || !el) return;
    const names: string[] = [];
    el.querySelectorAll<HTMLElement>('[data-verdict]').forEach((span) => {
      const name = highlightName(style, span.dataset.verdict as Verdict);
      const range = document.createRange();
      range.selectNodeContents(span);
      let highlight = registry.get(name);
      if (!highlight) {
        highlight = new Highlight();
        registry.set(name, highlight);
      }
      highlight.add(range);
      names.push(name);
    });
    return () => names.forEach((n) => registry.delete(n));
  }, [style]);
  return (
    <p class="el-opt-preview" ref={paragraph} aria-label="Preview of the highlight style">
      {SAMPLE.map(([text, verdict], i) => (verdict ? <span key={i} data-verdict={verdict}>{text}</span> : text))}
    </p>
  );
}
