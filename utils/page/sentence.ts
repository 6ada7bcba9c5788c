/**
 * The sentence around a match, for a report the reader chose to include it in: read from the match's
 * block as text, cut at sentence ends, at most 600 characters. Runs only when the reader asks.
 */
const BLOCK = 'p,li,td,th,dd,dt,h1,h2,h3,h4,h5,h6,blockquote,figcaption,caption,pre';

export function sentenceAround(range: Range): string {
  const node = range.startContainer;
  const block = (node.parentElement?.closest(BLOCK) ?? node.parentElement) as Element | null;
  if (!block) return range.toString();
  const before = document.createRange();
  before.setStart(block, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const text = block.textContent ?? '';
  const at = before.toString().length;
  const start = Math.max(text.lastIndexOf('. ', at - 1), text.lastIndexOf('! ', at - 1), text.lastIndexOf('? ', at - 1)) + 1;
  const ends = [text.indexOf('. ', at), text.indexOf('! ', at), text.indexOf('? ', at)].filter((i) => i >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end).replace(/\s+/g, ' ').trim().slice(0, 600);
}
