/**
 * Open shadow roots under some elements (web components render their text there, out of reach of a
 * TreeWalker on the document). Closed roots are private by design and stay unread.
 */
import { OWN_UI_TAG } from './blocks';

/** Hosts are usually custom elements; checking every element would double the cost of a scan. */
const MAX_ELEMENTS = 50_000;

export function findOpenShadowRoots(elements: Iterable<Element>, known: WeakSet<ShadowRoot>): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  let visited = 0;
  const visit = (root: Element) => {
    const doc = root.ownerDocument;
    const walker = doc.createTreeWalker(root, 1 /* SHOW_ELEMENT */);
    for (let el = root as Element | null; el && visited < MAX_ELEMENTS; el = walker.nextNode() as Element | null) {
      visited++;
      const shadow = el.shadowRoot;
      if (shadow && !known.has(shadow) && el.localName !== OWN_UI_TAG) {
        known.add(shadow);
        found.push(shadow);
        for (const child of shadow.children) visit(child);
      }
    }
  };
  for (const element of elements) if (element.isConnected) visit(element);
  return found;
}
