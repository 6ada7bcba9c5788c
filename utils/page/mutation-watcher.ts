/**
 * One batched MutationObserver per root: collects the elements whose text changed, reduces them to the
 * outermost ones (children of an added parent are covered by it), and hands them over after a short
 * quiet period. Past FULL_RESCAN_AFTER changed nodes in one batch, it asks for a full rescan instead.
 *
 * An element added to a container is handed over itself, not the container: a feed that appends posts
 * then costs the new posts only, not the whole feed again on every batch.
 */
import { OWN_UI_TAG, isInlineElement } from './blocks';

export const BATCH_MS = 150;
export const FULL_RESCAN_AFTER = 1000;

export interface WatcherOptions {
  root: Node;
  onChanges(elements: Element[]): void;
  onFullRescan(): void;
  signal: AbortSignal;
  /** Mutations inside these are ours (fallback marks, the card): ignored. */
  isOwn?: (node: Node) => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
}

const isOwnUi = (node: Node) =>
  node.nodeType === 1 && ((node as Element).localName === OWN_UI_TAG || (node as Element).classList?.contains('el-mark'));

/** Returns a probe: true while changes wait for their batch (the page is not caught up yet). */
export function watchMutations(options: WatcherOptions): () => boolean {
  const { root, signal } = options;
  const isOwn = options.isOwn ?? isOwnUi;
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
  let changed = new Set<Element>();
  /** Blocks left the page in this batch: a rescan (even of nothing) drops their highlights. */
  let removals = false;
  let count = 0;
  let timer: unknown = null;

  const flush = () => {
    timer = null;
    if (signal.aborted) return;
    const batch = changed;
    const tooMany = count > FULL_RESCAN_AFTER;
    changed = new Set();
    removals = false;
    count = 0;
    if (tooMany) return options.onFullRescan();
    options.onChanges(outermost(batch));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      const element = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (!element || isOwn(element) || (element.closest && element.closest(`${OWN_UI_TAG}, .el-mark`))) continue;
      if (record.type !== 'childList') {
        count++;
        changed.add(element);
        continue;
      }
      // The container's own text changes only when text or inline elements come or go; added blocks
      // are read on their own, and blocks that left the page are dropped by every rescan.
      let containerText = false;
      for (const node of record.addedNodes) {
        if (isOwn(node)) continue;
        count++;
        if (node.nodeType === 1 && !isInlineElement(node as Element)) changed.add(node as Element);
        else containerText = true;
      }
      for (const node of record.removedNodes) {
        if (isOwn(node)) continue;
        count++;
        if (node.nodeType !== 1 || isInlineElement(node as Element)) containerText = true;
        else removals = true;
      }
      if (containerText) changed.add(element);
    }
    if ((changed.size || removals) && timer === null) timer = setTimer(flush, BATCH_MS);
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  signal.addEventListener('abort', () => observer.disconnect());
  return () => timer !== null;
}

/** Drops elements contained in another element of the set. */
export function outermost(elements: Set<Element>): Element[] {
  const out: Element[] = [];
  for (const element of elements) {
    let covered = false;
    for (let p = element.parentElement; p; p = p.parentElement) {
      if (elements.has(p)) {
        covered = true;
        break;
      }
    }
    if (!covered) out.push(element);
  }
  return out;
}
