/**
 * Open shadow roots under some elements (web components render their text there, out of reach of a
 * TreeWalker on the document). Closed roots are private by design and stay unread.
 */
import { OWN_UI_TAG } from './blocks';
import { createSliceClock } from './slice-clock';

/** Hosts are usually custom elements; checking every element would double the cost of a scan. */
const MAX_ELEMENTS = 50_000;

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Walks the elements (and the open shadow roots found, recursively) in slices, yielding to the page
 * between them; `stopped` ends the walk early (the session was stopped).
 */
export async function findOpenShadowRoots(
  elements: Iterable<Element>,
  known: WeakSet<ShadowRoot>,
  { stopped = () => false, yieldToPage = defaultYield }: { stopped?: () => boolean; yieldToPage?: () => Promise<void> } = {},
): Promise<ShadowRoot[]> {
  const found: ShadowRoot[] = [];
  const queue: Element[] = [...elements];
  let visited = 0;
  // Sliced like the scan (a 100,000-element page takes ~15 ms to walk): one unit per element.
  const clock = createSliceClock(yieldToPage);
  clock.start();
  for (let next = queue.shift(); next; next = queue.shift()) {
    if (!next.isConnected) continue;
    const walker = next.ownerDocument.createTreeWalker(next, 1 /* SHOW_ELEMENT */);
    for (let el = next as Element | null; el && visited < MAX_ELEMENTS; el = walker.nextNode() as Element | null) {
      if ((++visited & 127) === 0) {
        clock.spend(128);
        if (clock.over()) {
          await clock.pause();
          if (stopped()) return found;
        }
      }
      const shadow = el.shadowRoot;
      if (shadow && !known.has(shadow) && el.localName !== OWN_UI_TAG) {
        known.add(shadow);
        found.push(shadow);
        queue.push(...shadow.children);
      }
    }
  }
  return found;
}
