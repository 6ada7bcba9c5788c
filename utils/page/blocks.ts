/**
 * Text blocks from the DOM: the text nodes of one block element (paragraph, list item, cell, heading…)
 * joined into one string with an offset map, so "<b>stem</b> cell" reads as "stem cell".
 *
 * Runs over the live page (content script), over happy-dom (unit tests) and over jsdom (the CLI), so it
 * uses only standard DOM calls and takes the root to read from as a parameter.
 *
 * Speed matters here (it runs on every page): elements are classified by tag name alone, and
 * whitespace-only text nodes — most nodes of a real page — are never classified at all. Attribute-based
 * exclusions (hidden, aria-hidden, inline display:none, contenteditable) are checked only where a phrase
 * was found (isUnreadable), since reading attributes of every element cost more than the scan itself.
 */

/** Our shadow-root host (see entrypoints/content); its subtree is never scanned. */
export const OWN_UI_TAG = 'evidence-lens-ui';

/** Subtrees never read, by tag: code, forms, scripts, media, and our own UI. */
const SKIP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'code', 'pre', 'kbd',
  'samp', 'svg', 'math', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio', 'head', 'title', OWN_UI_TAG,
]);

/** Hidden or editable content, checked where a phrase was found. */
export const UNREADABLE_SELECTOR = [
  '[hidden]', '[aria-hidden="true"]', '[contenteditable]:not([contenteditable="false"])',
  '[style*="display:none" i]', '[style*="display: none" i]', '[style*="visibility:hidden" i]', '[style*="visibility: hidden" i]',
].join(',');

/** True when a text node sits in hidden or editable content (or, in a browser, is not rendered). */
export function isUnreadable(node: Node): boolean {
  const parent = node.parentElement;
  if (!parent) return true;
  if (parent.closest(UNREADABLE_SELECTOR)) return true;
  const check = (parent as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' && !check.call(parent, { visibilityProperty: true });
}

/** Elements that continue the surrounding block; any other element starts a new one. */
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'label', 'mark',
  'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'big', 'tt', 'strike', 'nobr',
]);

/** True for elements whose text continues the surrounding block (<span>, <a>, <em>…). */
export const isInlineElement = (el: Element) => INLINE_TAGS.has(el.localName);

/**
 * Put between text that a nested block or a <br> divides. U+2029 PARAGRAPH SEPARATOR: no phrase can
 * span it and it ends a sentence, while newlines in HTML source stay ordinary whitespace.
 */
export const BLOCK_GAP = '\u2029';

export interface TextBlock {
  element: Element;
  nodes: Text[];
  /** starts[k]: offset of nodes[k] in `text`. */
  starts: number[];
  text: string;
}

/**
 * Classifies elements for one pass: the block an element's text belongs to, or null when the element
 * or an ancestor is skipped. A fresh classifier per pass keeps it from going stale.
 */
export function createClassifier() {
  const cache = new Map<Element, Element | null>();
  // Consecutive text nodes usually share a parent: remember the last answer.
  let lastEl: Element | null = null;
  let lastBlock: Element | null = null;

  function lookup(el: Element): Element | null {
    const cached = cache.get(el);
    if (cached !== undefined) return cached;
    let result: Element | null;
    const tag = el.localName;
    if (SKIP_TAGS.has(tag)) {
      result = null;
    } else {
      const parent = el.parentElement;
      const parentBlock = parent ? lookup(parent) : el;
      if (parentBlock === null) result = null; // inside a skipped subtree
      else result = parent && INLINE_TAGS.has(tag) ? parentBlock : el;
    }
    cache.set(el, result);
    return result;
  }

  function blockOf(el: Element): Element | null {
    if (el === lastEl) return lastBlock;
    const result = lookup(el);
    lastEl = el;
    lastBlock = result;
    return result;
  }

  return { blockOf };
}

export type Classifier = ReturnType<typeof createClassifier>;

/** A gap is needed when the previous text node is followed by a <br> (visually a new line). */
const brFollows = (node: Text) => {
  const next = node.nextSibling;
  return next !== null && next.nodeType === 1 && (next as Element).localName === 'br';
};

/** True when the string has only spaces, tabs and line breaks (checked without a RegExp). */
function blank(data: string): boolean {
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 13 && c !== 12) return false;
  }
  return true;
}

/**
 * Collects the text blocks under `root` (an element, document or shadow root). Only blocks whose
 * element lies inside `root` are complete; callers pass a block element or the whole body.
 * `onlyBlock`, when given, keeps the text of that one block (an incremental rescan).
 */
export function collectBlocks(
  root: Node,
  classifier: Classifier = createClassifier(),
  onlyBlock?: Element,
): TextBlock[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const byElement = new Map<Element, TextBlock>();
  const blocks: TextBlock[] = [];
  // The block of the previous text node read, even one not kept (another block when `onlyBlock` is set).
  let lastElement: Element | null = null;
  let lastBlock: TextBlock | null = null;
  let lastNode: Text | null = null;
  // Whitespace between words, seen but not classified: becomes one space in the next block text.
  let pendingSpace = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (data.length === 0) continue;
    if (blank(data)) {
      pendingSpace = true;
      continue;
    }
    const parent = node.parentElement;
    if (!parent) continue;
    const element = classifier.blockOf(parent);
    if (element === null) continue; // skipped subtree: inline code, a script… the block goes on
    const previous = lastElement;
    lastElement = element;
    if (onlyBlock && element !== onlyBlock) continue;
    let block: TextBlock | undefined = element === previous && lastBlock ? lastBlock : byElement.get(element);
    if (!block) {
      block = { element, nodes: [], starts: [], text: '' };
      byElement.set(element, block);
      blocks.push(block);
    } else if (element !== previous || (lastNode && brFollows(lastNode))) {
      block.text += BLOCK_GAP;
    } else if (pendingSpace) {
      block.text += ' ';
    }
    pendingSpace = false;
    block.starts.push(block.text.length);
    block.nodes.push(node);
    block.text += data;
    lastBlock = block;
    lastNode = node;
  }
  return blocks;
}

/** The (node, offset) of a block offset; `end` chooses the node a boundary offset ends in. */
export function locate(block: TextBlock, offset: number, end: boolean): { node: Text; offset: number } {
  const { starts, nodes } = block;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const boundaryBelongsLeft = end && starts[mid] === offset;
    if (starts[mid] < offset || (!boundaryBelongsLeft && starts[mid] === offset)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  return { node, offset: Math.max(0, Math.min(node.data.length, offset - starts[lo])) };
}
