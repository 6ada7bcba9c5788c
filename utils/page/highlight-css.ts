/**
 * The highlight colours, and the ::highlight() rules built from them. entrypoints/content/style.css
 * (injected by the manifest into every page) is this text, checked by a unit test; open shadow roots
 * get the same rules as an adopted style sheet, because page-level rules do not reach inside them.
 * Colours are literal: Firefox 140 ignores var() inside ::highlight(). Rules are !important so a
 * page's own ::highlight() rules for the same names cannot quietly restyle ours.
 */
import { VERDICTS } from '../../data/scales';
import type { Verdict } from '../../data/schema';

export const HIGHLIGHT_COLORS: Record<Verdict, { line: string; fill: string }> = {
  established: { line: '#1b7a40', fill: 'rgba(27,122,64,0.20)' },
  'promising-in-humans': { line: '#1f66b3', fill: 'rgba(31,102,179,0.20)' },
  'animal-or-lab-only': { line: '#7a4fc0', fill: 'rgba(122,79,192,0.22)' },
  unproven: { line: '#c47f00', fill: 'rgba(230,160,0,0.28)' },
  disproven: { line: '#6b6b6b', fill: 'rgba(120,120,120,0.25)' },
  warning: { line: '#d0261e', fill: 'rgba(220,40,30,0.22)' },
};

/** The ::highlight() rules for every style and verdict, plus the current and flash highlights. */
export function highlightRules(): string {
  const rules: string[] = [];
  for (const verdict of VERDICTS) {
    const { line, fill } = HIGHLIGHT_COLORS[verdict];
    rules.push(
      `::highlight(el-underline-${verdict}) { text-decoration: underline 2px ${line} !important; text-underline-offset: 3px !important; background-color: rgba(0,0,0,0.001) !important; }`,
      `::highlight(el-background-${verdict}) { background-color: ${fill} !important; }`,
      `::highlight(el-outline-${verdict}) { text-decoration: underline overline 1.5px ${line} !important; background-color: rgba(0,0,0,0.001) !important; }`,
    );
  }
  rules.push(
    '::highlight(el-current) { background-color: rgba(255, 213, 0, 0.55) !important; color: #111 !important; }',
    '::highlight(el-flash) { background-color: rgba(255, 170, 0, 0.85) !important; color: #111 !important; }',
  );
  return rules.join('\n');
}

/** Rules for the fallback painter's <mark> elements (browsers without the Highlight API). */
export function markRules(): string {
  const rules = ['mark.el-mark { background: transparent; color: inherit; padding: 0; }'];
  for (const verdict of VERDICTS) {
    const { line, fill } = HIGHLIGHT_COLORS[verdict];
    rules.push(
      `mark.el-mark-underline.el-mark-${verdict} { text-decoration: underline 2px ${line}; text-underline-offset: 3px; }`,
      `mark.el-mark-background.el-mark-${verdict} { background-color: ${fill}; }`,
      `mark.el-mark-outline.el-mark-${verdict} { outline: 1.5px solid ${line}; outline-offset: 1px; }`,
    );
  }
  rules.push('mark.el-mark-current { background-color: rgba(255, 213, 0, 0.55); color: #111; }');
  return rules.join('\n');
}

export const STYLE_HEADER = `/* Evidence Lens highlights, injected by the manifest (cssInjectionMode: 'manifest') so the page DOM stays
   untouched. Generated from utils/page/highlight-css.ts (npm run styles); a unit test keeps them equal. */`;

export const contentStyleSheet = () => `${STYLE_HEADER}\n\n${highlightRules()}\n\n${markRules()}\n`;

/** Gives an open shadow root our ::highlight() rules, without adding anything to its DOM. */
export function adoptHighlightRules(root: ShadowRoot): () => void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(highlightRules());
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  } catch {
    return () => {}; // constructable style sheets missing: text there stays unpainted
  }
}
