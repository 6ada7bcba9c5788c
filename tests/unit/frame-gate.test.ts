/**
 * The frame gate (utils/page/frame-gate.ts) in happy-dom: which frames count as readable, and a
 * dormant frame waking up when text arrives or it grows, once, and never after its signal aborted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasEnoughText, hasRoom, whenReadable, MIN_TEXT_CHARS } from '../../utils/page/frame-gate';

const ARTICLE = '<p>Arrived later: NMN supplements are sold as anti-ageing pills.</p>';
const fakeWin = (innerWidth: number, innerHeight: number) => {
  const target = new EventTarget();
  return Object.assign(target, { innerWidth, innerHeight }) as unknown as Window & { innerWidth: number };
};

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('frame gate', () => {
  it.each([
    ['', false],
    ['<div style="width:300px"><small>Advertisement</small></div>', false],
    ['<script>var lots = "of code that is not text to read at all";</script><style>p{color:red}</style>', false],
    ['<p>          </p><span>&nbsp;</span>', false],
    [ARTICLE, true],
    ['<p>Reader comment: I take resveratrol every morning.</p>', true],
  ])('%s has enough text: %s', (html, expected) => {
    document.body.innerHTML = html;
    expect(hasEnoughText(document)).toBe(expected);
  });

  it('counts letters, not punctuation or spaces, in any script', () => {
    document.body.innerHTML = `<p>${'— … ! ? “” · '.repeat(20)}</p>`;
    expect(hasEnoughText(document)).toBe(false);
    document.body.innerHTML = '<p>Ça équivaut à réécrire …</p>';
    expect(hasEnoughText(document)).toBe(false); // 19 letters
    document.body.innerHTML = '<p>Ça équivaut à réécrire l’été déjà…</p>';
    expect(hasEnoughText(document)).toBe(true); // 27 letters
  });

  it('counts letters of any script, not bytes', () => {
    document.body.innerHTML = `<p>${'細胞'.repeat(MIN_TEXT_CHARS / 2)}</p>`;
    expect(hasEnoughText(document)).toBe(true);
  });

  it.each([
    [0, 0, false],
    [1, 1, false],
    [300, 250, true],
    [728, 90, true],
  ])('a %i×%i frame has room: %s', (w, h, expected) => {
    expect(hasRoom(fakeWin(w, h))).toBe(expected);
  });

  it('starts at once in a readable frame', () => {
    document.body.innerHTML = ARTICLE;
    const onReadable = vi.fn();
    whenReadable({ win: fakeWin(600, 200), signal: new AbortController().signal, onReadable });
    expect(onReadable).toHaveBeenCalledTimes(1);
  });

  it('stays dormant in an empty frame and wakes once when text arrives', async () => {
    const onReadable = vi.fn();
    const onDormant = vi.fn();
    whenReadable({ win: fakeWin(600, 200), signal: new AbortController().signal, onReadable, onDormant });
    expect(onReadable).not.toHaveBeenCalled();
    expect(onDormant).toHaveBeenCalledTimes(1);
    document.body.insertAdjacentHTML('beforeend', '<small>Ad</small>');
    await vi.waitFor(() => expect(onDormant).toHaveBeenCalledTimes(2));
    expect(onReadable).not.toHaveBeenCalled();
    document.body.insertAdjacentHTML('beforeend', ARTICLE);
    await vi.waitFor(() => expect(onReadable).toHaveBeenCalledTimes(1));
    document.body.insertAdjacentHTML('beforeend', ARTICLE); // no longer observed
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(onReadable).toHaveBeenCalledTimes(1);
  });

  it('wakes a frame with text when it grows from 1×1 to a readable size', async () => {
    document.body.innerHTML = ARTICLE;
    const win = fakeWin(1, 1);
    const onReadable = vi.fn();
    whenReadable({ win, signal: new AbortController().signal, onReadable });
    expect(onReadable).not.toHaveBeenCalled();
    Object.assign(win, { innerWidth: 300, innerHeight: 250 });
    win.dispatchEvent(new Event('resize'));
    await vi.waitFor(() => expect(onReadable).toHaveBeenCalledTimes(1));
  });

  it('never wakes after its signal aborted (context invalidated)', async () => {
    const abort = new AbortController();
    const onReadable = vi.fn();
    whenReadable({ win: fakeWin(600, 200), signal: abort.signal, onReadable });
    abort.abort();
    document.body.insertAdjacentHTML('beforeend', ARTICLE);
    await new Promise((resolve) => setTimeout(resolve, 400)); // longer than the recheck delay
    expect(onReadable).not.toHaveBeenCalled();
  });
});
