/**
 * Maps offsets in a parsed text node back to the HTML source it came from: the parser decoded
 * character references ("&amp;" → "&", "&#8217;" → "’") and turned CRLF into LF, so the two differ in
 * length. Walks both strings once, aligning them.
 */
import { lastAtOrBefore } from '../sorted';
const REFERENCE = /^&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)/;

/** Returns f(decodedOffset) → offset within `raw`. */
export function sourceOffsetMap(raw: string, decoded: string): (offset: number) => number {
  if (raw === decoded) return (offset) => offset;
  const map = new Int32Array(decoded.length + 1);
  let i = 0;
  let j = 0;
  while (j < decoded.length && i < raw.length) {
    const r = raw[i];
    if (r === '&') {
      const ref = REFERENCE.exec(raw.slice(i, i + 40));
      // A reference the parser decoded (an unknown one, like "&foo", stays as written).
      if (ref && decoded.slice(j, j + ref[0].length) !== ref[0]) {
        // The reference produced one or two UTF-16 units: the one that lets the text continue.
        const after = raw[i + ref[0].length];
        const units = after !== undefined && decoded[j + 1] !== after && decoded[j + 2] === after ? 2 : 1;
        for (let k = 0; k < units; k++) map[j + k] = i;
        j += units;
        i += ref[0].length;
        continue;
      }
    }
    if (r === '\r' && decoded[j] !== '\r') {
      i++; // CRLF became LF
      continue;
    }
    map[j++] = i++;
  }
  for (; j <= decoded.length; j++) map[j] = Math.min(i, raw.length);
  return (offset) => map[Math.max(0, Math.min(decoded.length, offset))];
}

/** Line starts of a text, for 1-based line numbers by binary search. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => lastAtOrBefore(starts, offset) + 1;
}
