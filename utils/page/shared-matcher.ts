/**
 * Same-origin frames of one page share the matcher their parent built. Building one (reading ~120 KB of
 * phrase data from storage, unpacking the trie, compiling the first-pass RegExp) is most of what a
 * frame's start costs, and it is the same in every frame of the page. The matcher is left on the
 * content scripts' own window object: in Chromium that object belongs to the extension's isolated world,
 * which the page's scripts never see; a frame of the same origin, in the same world, can read it. Where
 * the parent is cross-origin, or the engine keeps the worlds of two frames apart (Firefox's
 * sandboxes), a frame builds its own, as before.
 */
import type { Matcher } from '../matcher/scan';

const KEY = '__evidenceLensMatcher';

interface Shared {
  dataId: string;
  matcher: Promise<Matcher | null>;
}

/** Leaves this frame's matcher (ready or on its way) for its same-origin child frames. */
export function shareMatcher(win: Window, dataId: string, matcher: Promise<Matcher | null>): void {
  const shared: Shared = { dataId, matcher };
  try {
    Object.defineProperty(win, KEY, { value: shared, configurable: true });
  } catch {
    // A window that refuses the property simply shares nothing.
  }
}

/** The parent frame's matcher for the same phrase data (`dataId`), or null when there is none to reach. */
export function parentMatcher(win: Window, dataId: string): Promise<Matcher | null> | null {
  if (win === win.top) return null;
  try {
    const shared = (win.parent as unknown as Record<string, Shared | undefined>)[KEY];
    return shared && shared.dataId === dataId && typeof shared.matcher?.then === 'function' ? shared.matcher : null;
  } catch {
    return null; // cross-origin parent
  }
}
