/**
 * The gate a frame passes before the content app starts in it. The content script runs in every frame
 * (allFrames, matchAboutBlank), and news pages carry 15–25 of them: ad slots, trackers, hidden sync
 * frames, about:blank shells. A frame that is tiny, hidden or without text to read starts nothing (no
 * scanner, settings, listeners or data); one cheap observer waits, and the app starts when readable
 * text arrives later (an ad shell filled with an article, a comment widget rendering, a frame resized).
 * The top frame is not gated: it answers the popup even when it has nothing to show.
 */

/** Smaller than this (CSS px) is a tracker or a hidden frame: no one reads text there. */
export const MIN_FRAME_WIDTH = 40;
export const MIN_FRAME_HEIGHT = 16;
/**
 * Fewer letters or digits than this is a label ("Ad", "Advertisement", "Sponsored"), not text. The
 * shortest sentence that names a claim ("Try NMN today for younger skin") has more.
 */
export const MIN_TEXT_CHARS = 24;
/** How often, at most, changes to a dormant frame are looked at again. */
export const RECHECK_MS = 250;

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'OPTION']);

/**
 * A letter or digit, near enough for a gate: ASCII letters and digits, and every character from
 * U+00C0 on outside the General Punctuation block (letters of other scripts, CJK). No \p{L} RegExp:
 * compiling one costs about a millisecond in every frame, which is what the gate exists to save.
 */
const isWordCode = (c: number) =>
  (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c >= 0xc0 && (c < 0x2000 || c > 0x206f));

/** Counts letters and digits in the document's text until `enough` (never reads more than it needs). */
export function hasEnoughText(doc: Document, enough = MIN_TEXT_CHARS): boolean {
  const body = doc.body;
  if (!body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && SKIPPED.has(parent.tagName)) continue;
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      if (isWordCode(data.charCodeAt(i)) && ++count >= enough) return true;
    }
  }
  return false;
}

/** The frame is big enough to read in (a display:none or 1×1 frame has no room for text). */
export function hasRoom(win: Window): boolean {
  return win.innerWidth >= MIN_FRAME_WIDTH && win.innerHeight >= MIN_FRAME_HEIGHT;
}

/**
 * Text first: reading the DOM is cheap, while a frame's size (innerWidth) makes the browser lay the
 * frame out there and then, which most frames (textless ad slots and shells) are spared this way.
 */
export const isReadable = (win: Window, doc: Document) => hasEnoughText(doc) && hasRoom(win);

export interface GateOptions {
  win?: Window;
  doc?: Document;
  signal: AbortSignal;
  /** Called once, when the frame has become readable (at once if it already is). */
  onReadable: () => void;
  /** Called each time the frame was looked at and found not readable (tests). */
  onDormant?: () => void;
}

/**
 * Calls `onReadable` as soon as the frame is readable: now, or after a DOM change or resize shows
 * it is. Until then one MutationObserver on the document (which survives document.open()) and one
 * resize listener are all the frame carries; both go when the signal aborts or the frame wakes.
 */
export function whenReadable(options: GateOptions): void {
  const win = options.win ?? window;
  const doc = options.doc ?? document;
  const { signal } = options;
  if (signal.aborted) return;
  if (isReadable(win, doc)) {
    options.onReadable();
    return;
  }
  options.onDormant?.();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => schedule());
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
    win.removeEventListener('resize', schedule);
    signal.removeEventListener('abort', stop);
  };
  function check() {
    timer = undefined;
    if (signal.aborted) return;
    if (isReadable(win, doc)) {
      stop();
      options.onReadable();
    } else {
      options.onDormant?.();
    }
  }
  function schedule() {
    timer ??= setTimeout(check, RECHECK_MS);
  }
  observer.observe(doc, { childList: true, subtree: true, characterData: true });
  win.addEventListener('resize', schedule, { passive: true });
  signal.addEventListener('abort', stop);
}
