/**
 * Scans a document (or a shadow root) for phrases and keeps its highlights up to date.
 *
 * Work is cut into slices that yield to the page between them (slice-clock.ts: bounded by time and by
 * a count of work), so no task of ours runs long even on a multi-megabyte page; a character budget stops
 * endless pages from costing forever. All
 * state is per block element, so a mutation rescans only the blocks it touched.
 */
import type { Matcher, Match } from '../matcher/scan';
import type { Verdict } from '../../data/schema';
import { collectBlocks, createClassifier, isInlineElement, isUnreadable, locate, type TextBlock } from './blocks';
import type { Painter } from './painter';
import { CHARS_PER_UNIT, createSliceClock, type SliceStats } from './slice-clock';
import { pageTopic } from './page-topic';
/** Characters scanned per page before the scanner stops (a 3 MB page is ~1 M characters of text). */
export const DEFAULT_CHAR_BUDGET = 12_000_000;
/**
 * Highlights painted per page at most. Rendering highlights is the browser's work, after ours: 20,000
 * ranges cost Chromium ~0.5 s of style and paint in one frame (measured on tests/fixtures/many-nodes.html).
 */
export const DEFAULT_MAX_PAINTED = 2000;
/** Text longer than this is scanned in pieces, so one huge text node cannot block the page. */
const PIECE = 64_000;
/** Elements whose text is code, never prose (the classifier skips more; this is the cheap first cut). */
const NEVER_READ = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'code', 'pre']);

export interface PaintedMatch {
  match: Match;
  range: Range;
  block: BlockState;
}

export interface BlockState {
  block: TextBlock;
  matches: Match[];
  painted: PaintedMatch[];
}

export type MatchFilter = (match: Match) => boolean;

export interface ScannerOptions {
  root: Document | ShadowRoot;
  matcher: Matcher;
  painter: Painter;
  filter: MatchFilter;
  /** Called (at most once per slice) when the set of visible matches changed. */
  onChange?: () => void;
  /** Called when the scanner has caught up with the page. */
  onIdle?: () => void;
  signal?: AbortSignal;
  charBudget?: number;
  maxPainted?: number;
  /** Yields to the page between slices; setTimeout(0) by default, a fake in tests. */
  yieldToPage?: () => Promise<void>;
}

export interface PageScanner {
  /** Scans everything under the root (again). */
  scanAll(): Promise<void>;
  /** Rescans the blocks these elements belong to / contain. */
  rescan(elements: Iterable<Element>): Promise<void>;
  /** Re-applies the filter to the matches already found (settings changed). */
  repaint(filter?: MatchFilter): Promise<void>;
  /** Visible matches in document order (sorted: for navigation, not for counting). */
  visible(): PaintedMatch[];
  /** Visible matches, unordered and cheap. */
  eachVisible(): PaintedMatch[];
  /** The visible match at a text position, if any. */
  matchAt(node: Node, offset: number): PaintedMatch | null;
  readonly idle: boolean;
  readonly budgetExhausted: boolean;
  /** How the work was sliced: slices run, most work in one, longest in ms. */
  readonly slicing: SliceStats;
  dispose(): void;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createPageScanner(options: ScannerOptions): PageScanner {
  const { root, matcher, painter } = options;
  const doc = (root as ShadowRoot).host ? (root as ShadowRoot).ownerDocument! : (root as Document);
  const yieldToPage = options.yieldToPage ?? defaultYield;
  let filter = options.filter;
  let budget = options.charBudget ?? DEFAULT_CHAR_BUDGET;
  const maxPainted = options.maxPainted ?? DEFAULT_MAX_PAINTED;
  let paintedCount = 0;
  let warnedPaintBudget = false;
  let budgetExhausted = false;
  let disposed = false;
  let running: Promise<void> = Promise.resolve();
  let pending = 0;
  const states = new Map<Element, BlockState>();
  /** Text node → painted matches that start or end in it (hit-testing). */
  const byNode = new Map<Node, PaintedMatch[]>();
  let orderDirty = true;
  let ordered: PaintedMatch[] = [];

  options.signal?.addEventListener('abort', () => dispose());

  // One clock for every loop: a slice that ends one phase and starts the next is still one slice. The
  // page state reports its figures, so tests check how our work was cut without timing the machine.
  const clock = createSliceClock(yieldToPage);
  const pause = () => clock.pause();
  const sliceOver = () => clock.over();
  const spend = (units: number) => clock.spend(units);

  /**
   * Serializes scans: a rescan waits for the scan before it. A job that fails is reported and does not
   * stop the ones after it (the page changed under us, or a page broke a DOM method).
   */
  function enqueue(job: () => Promise<void>): Promise<void> {
    pending++;
    running = running.then(async () => {
      clock.start();
      try {
        if (!disposed) await job();
      } catch (error) {
        console.warn('[Evidence Lens] a scan of this page failed:', error);
      } finally {
        clock.end();
        pending--;
        if (pending === 0 && !disposed) options.onIdle?.();
      }
    });
    return running;
  }

  function unindex(state: BlockState) {
    for (const painted of state.painted) {
      for (const node of [painted.range.startContainer, painted.range.endContainer]) {
        const list = byNode.get(node);
        if (!list) continue;
        const rest = list.filter((p) => p !== painted);
        if (rest.length) byNode.set(node, rest);
        else byNode.delete(node);
      }
    }
  }

  /** Turns a block's visible matches into ranges and paints them (within the page's paint budget). */
  function paintBlock(state: BlockState) {
    unindex(state);
    paintedCount -= state.painted.length;
    const painted: PaintedMatch[] = [];
    for (const match of state.matches) {
      if (!filter(match)) continue;
      if (paintedCount + painted.length >= maxPainted) {
        if (!warnedPaintBudget) console.info(`[Evidence Lens] ${maxPainted} highlights on this page; the rest are not painted.`);
        warnedPaintBudget = true;
        break;
      }
      const start = locate(state.block, match.start, false);
      const end = locate(state.block, match.end, true);
      const range = doc.createRange();
      try {
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
      } catch {
        continue; // the node left the page between scan and paint
      }
      const item = { match, range, block: state };
      painted.push(item);
      for (const node of new Set([start.node, end.node])) {
        const list = byNode.get(node);
        if (list) list.push(item);
        else byNode.set(node, [item]);
      }
    }
    state.painted = painted;
    paintedCount += painted.length;
    const verdicts = matcher.index.entries;
    painter.set(state, painted.map((p) => ({ range: p.range, verdict: verdicts[p.match.entry].verdict as Verdict })));
    orderDirty = true;
  }

  /** Scans blocks in slices; returns when done (or disposed, or out of budget). */
  async function scanBlocks(blocks: TextBlock[], chargeBudget = true) {
    let changed = false;
    for (const block of blocks) {
      if (disposed) return;
      const matches: Match[] = [];
      const length = block.text.length;
      if (chargeBudget) {
        // (The first pass already charged the whole page's text.)
        if (length > budget) {
          budgetExhausted = true;
          console.info('[Evidence Lens] this page is very large; stopped scanning to keep it responsive.');
          break;
        }
        budget -= length;
      }
      for (let from = 0; from < length; from += PIECE) {
        const to = Math.min(length, from + PIECE);
        matcher.scan(block.text, matches, from, to);
        spend(1 + Math.ceil((to - from) / CHARS_PER_UNIT));
        if (sliceOver()) {
          if (changed) options.onChange?.();
          changed = false;
          await pause();
          if (disposed) return;
        }
      }
      const deduped = readable(block, matcher.settle(block.text, dedupe(matches)));
      if (states.has(block.element)) {
        dropState(block.element);
        changed = true;
      }
      if (deduped.length) {
        const state: BlockState = { block, matches: deduped, painted: [] };
        states.set(block.element, state);
        paintBlock(state);
        changed = true;
      }
    }
    if (changed) options.onChange?.();
  }

  /**
   * First pass over a whole document: reads each text node once and hands the texts, a slice at a
   * time, to matcher.candidates, which reads them as one string at native speed; only the blocks of
   * the few nodes where a phrase could be are built and scanned. Whitespace-only nodes (indentation:
   * most nodes of most pages) are left out. Sliced like the scan, so 100,000 nodes never block for long.
   */
  async function candidateBlocks(start: Node): Promise<TextBlock[]> {
    const walker = doc.createTreeWalker(start, 4 /* SHOW_TEXT */);
    const classifier = createClassifier();
    const seen = new Set<Element>();
    const order: Element[] = [];
    const keep = (node: Text) => {
      const parent = node.parentElement;
      const element = parent ? classifier.blockOf(parent) : null;
      if (element && !seen.has(element)) {
        seen.add(element);
        order.push(element);
      }
    };
    // The texts of this slice; the last node of the slice before leads, so a phrase split across
    // two slices is still read whole.
    let nodes: Text[] = [];
    let texts: string[] = [];
    // Text k surely starts another block than text k - 1 when the block elements they sit in, seen
    // from their parent or its parent, differ: an ambiguous phrase in one is not given context by the
    // other ("Sleep" and "Aging Well" in two menu items). Asked only around such a phrase, so the walk
    // below pays nothing for it; deeper inline nesting says nothing (that needs the classifier).
    const breakBefore = (k: number) => {
      if (k === 0) return false;
      const block = nearBlock(nodes[k]);
      const before = nearBlock(nodes[k - 1]);
      return block !== null && before !== null && block !== before;
    };
    const check = () => {
      for (const k of matcher.candidates(texts, breakBefore)) keep(nodes[k]);
      nodes = nodes.slice(-1);
      texts = texts.slice(-1);
    };
    let visited = 0;
    const outOfBudget = () => {
      budgetExhausted = true;
      console.info('[Evidence Lens] this page is very large; stopped scanning to keep it responsive.');
    };
    // The cheapest loop we can write: it runs once per text node of the page, in a page where our code
    // has not warmed up yet. Budget and time are looked at every 64 nodes.
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if ((++visited & 63) === 0) {
        spend(64);
        if (budget < 0) {
          outOfBudget();
          break;
        }
        if (sliceOver()) {
          check();
          await pause();
          if (disposed) return [];
        }
      }
      const data = node.data;
      // Trimmed here (the filter reads texts trimmed): one native call, and whitespace-only nodes come out empty.
      const text = data.trim();
      if (text.length === 0) continue;
      const length = data.length;
      if (length > 80) {
        // Long text nodes are mostly scripts and styles: ask their parent before reading them.
        if (NEVER_READ.has(node.parentElement?.localName ?? '')) continue;
        if (length > budget) {
          outOfBudget();
          break;
        }
        // A huge text node goes straight to the sliced scan rather than being read here in one go.
        if (length >= PIECE) {
          budget -= length;
          keep(node);
          continue;
        }
      }
      budget -= length;
      nodes.push(node);
      texts.push(text);
    }
    check();
    const blocks: TextBlock[] = [];
    for (const element of order) {
      if (disposed) return [];
      const found = collectBlocks(element, classifier, element);
      blocks.push(...found);
      spend(1 + found.length);
      if (sliceOver()) await pause();
    }
    return blocks;
  }

  function scanAll() {
    return enqueue(async () => {
      for (const state of states.values()) {
        painter.clear(state);
        unindex(state);
      }
      states.clear();
      paintedCount = 0;
      orderDirty = true;
      const start = (root as Document).body ?? root;
      // The document's scanner sets the page's topic (shadow roots share the document's).
      if (root === doc) matcher.setPageContext(() => pageTopic(doc));
      await scanBlocks(await candidateBlocks(start), false);
    });
  }

  function dropState(element: Element) {
    const state = states.get(element);
    if (!state) return;
    paintedCount -= state.painted.length;
    painter.clear(state);
    unindex(state);
    states.delete(element);
    orderDirty = true;
  }

  function rescan(elements: Iterable<Element>) {
    const list = [...elements];
    return enqueue(async () => {
      if (budgetExhausted) return;
      const classifier = createClassifier();
      const seen = new Set<Element>();
      const blocks: TextBlock[] = [];
      const touched: Element[] = [];
      for (const element of list) {
        spend(1);
        if (sliceOver()) await pause();
        if (disposed) return;
        if (!element.isConnected) continue;
        touched.push(element);
        const blockElement = classifier.blockOf(element);
        // The block the change sits in, plus every block inside the changed element.
        for (const block of collectBlocks(element, classifier)) {
          if (!seen.has(block.element)) seen.add(block.element), blocks.push(block);
        }
        if (blockElement && blockElement !== element && !seen.has(blockElement)) {
          seen.add(blockElement);
          blocks.push(...collectBlocks(blockElement, classifier, blockElement));
          touched.push(blockElement);
        }
      }
      // Blocks inside a touched element but without text now lose their highlights; so do blocks that
      // left the page. (Costs the touched subtrees plus one cheap check per block: a feed of 10,000
      // posts that gains 100 must not cost 10,000 × 100.)
      for (const element of touched) {
        if (states.has(element) && !seen.has(element)) dropState(element);
        for (const inner of element.querySelectorAll('*')) if (states.has(inner) && !seen.has(inner)) dropState(inner);
      }
      let checked = 0;
      for (const element of [...states.keys()]) {
        if (!element.isConnected) dropState(element);
        if ((++checked & 1023) !== 0) continue;
        spend(1024);
        if (sliceOver()) {
          await pause();
          if (disposed) return;
        }
      }
      if (orderDirty) options.onChange?.();
      await scanBlocks(blocks);
    });
  }

  /** Re-applies the filter to every block already scanned, in slices like a scan. */
  function repaint(next?: MatchFilter) {
    if (next) filter = next;
    return enqueue(async () => {
      for (const state of [...states.values()]) {
        if (disposed) return;
        if (states.get(state.block.element) !== state) continue; // replaced meanwhile
        paintBlock(state);
        spend(1 + state.painted.length);
        if (sliceOver()) await pause();
      }
      options.onChange?.();
    });
  }

  /** Visible matches in no particular order (counting them needs no sort). */
  function eachVisible(): PaintedMatch[] {
    const out: PaintedMatch[] = [];
    for (const state of states.values()) if (state.block.element.isConnected) for (const p of state.painted) out.push(p);
    return out;
  }

  function visible(): PaintedMatch[] {
    if (orderDirty) {
      ordered = [];
      for (const state of states.values()) {
        if (state.block.element.isConnected) ordered.push(...state.painted);
      }
      ordered.sort((a, b) => (a.range.compareBoundaryPoints(Range.START_TO_START, b.range) as number));
      orderDirty = false;
    }
    return ordered;
  }

  function matchAt(node: Node, offset: number): PaintedMatch | null {
    for (const painted of byNode.get(node) ?? []) {
      if (painted.range.isPointInRange(node, offset)) return painted;
    }
    return null;
  }

  function dispose() {
    if (disposed) return;
    disposed = true;
    for (const state of states.values()) painter.clear(state);
    states.clear();
    byNode.clear();
  }

  return {
    scanAll,
    rescan,
    repaint,
    visible,
    eachVisible,
    matchAt,
    get idle() {
      return pending === 0;
    },
    get budgetExhausted() {
      return budgetExhausted;
    },
    get slicing() {
      return clock;
    },
    dispose,
  };
}

/** The block element a text node sits in, when its parent or grandparent is one (else null: unknown). */
function nearBlock(node: Text): Element | null {
  const parent = node.parentElement;
  if (!parent || !isInlineElement(parent)) return parent;
  const grand = parent.parentElement;
  return grand && !isInlineElement(grand) ? grand : null;
}

/** Drops matches in hidden or editable content (checked only where something was found: rare). */
function readable(block: TextBlock, matches: Match[]): Match[] {
  if (!matches.length) return matches;
  const verdicts = new Map<Node, boolean>();
  return matches.filter((m) => {
    const { node } = locate(block, m.start, false);
    let unreadable = verdicts.get(node);
    if (unreadable === undefined) verdicts.set(node, (unreadable = isUnreadable(node)));
    return !unreadable;
  });
}

/** Pieces overlap at their edges: keep the first of matches that start at the same place. */
function dedupe(matches: Match[]): Match[] {
  if (matches.length < 2) return matches;
  const out: Match[] = [];
  let lastEnd = -1;
  for (const m of matches) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}
