import { useEffect, useRef } from 'preact/hooks';
import type { HighlightStyle } from '../../utils/settings-schema';
import { highlightName } from '../../utils/page/painter';
import type { Verdict } from '../../data/schema';
import { VERDICTS } from '../../data/scales';
import { t } from '../../utils/i18n';

/**
 * The sample sentence, from the message "preview_sample": plain text with "[verdict:phrase]" where a
 * phrase is painted as that verdict (a translation puts its own phrases there).
 */
export function sampleParts(message: string): [string, Verdict | null][] {
  const parts: [string, Verdict | null][] = [];
  const marked = /\[([a-z-]+):([^\]]+)\]/g;
  let at = 0;
  for (let m = marked.exec(message); m; m = marked.exec(message)) {
    if (m.index > at) parts.push([message.slice(at, m.index), null]);
    parts.push([m[2], (VERDICTS as readonly string[]).includes(m[1]) ? (m[1] as Verdict) : null]);
    at = m.index + m[0].length;
  }
  if (at < message.length) parts.push([message.slice(at), null]);
  return parts;
}

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
    <p class="el-opt-preview" ref={paragraph} aria-label={t('preview_label')}>
      {sampleParts(t('preview_sample')).map(([text, verdict], i) => (verdict ? <span key={i} data-verdict={verdict}>{text}</span> : text))}
    </p>
  );
}
