/**
 * The phrase trie: built and packed at build time, unpacked into typed arrays in the page, and walked
 * from word starts with characters folded on the fly (normalize.ts), so page text is never copied.
 *
 * Why a trie walked from word starts (not Aho-Corasick, not one big RegExp): every phrase starts and
 * ends on a word boundary, so a match can only begin where a word begins. Walking from word starts needs
 * no failure links, and almost every word is rejected by its first two characters (a 128×128 table),
 * before any function call. Measured by scripts/bench/matcher.ts on 398 K characters of corpus text
 * (npm run bench, 2026-11-29): this walk 12 ms, one combined case-insensitive RegExp of all 839 phrase
 * spellings 1,586 ms (131× slower), reading every character 5 ms. Compiling large Unicode RegExps also
 * took ~200 ms in a fresh page, so context words use this same machinery instead of RegExps.
 */
import { ASCII_FOLD, SEP, foldCode, isWordCode } from './normalize';

/**
 * Packed for shipping: chains of single-child nodes merged into one labelled node (a radix tree),
 * listed breadth-first with children sorted by their first character.
 */
export interface PackedTrie {
  /** All labels concatenated, in node order (the root has an empty label). */
  chars: string;
  /** Label length of each node, as char codes offset by 32. */
  lens: string;
  /** Child count of each node, as char codes offset by 32. */
  counts: string;
  /** Flattened [nodeDelta, valueCount, ...values] for every node where words end, in node order. */
  terminals: number[];
}

export interface BuildNode {
  children: Map<number, BuildNode>;
  values: number[];
}

export const newNode = (): BuildNode => ({ children: new Map(), values: [] });

export function insert(root: BuildNode, form: string, value: number) {
  let node = root;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    let next = node.children.get(code);
    if (!next) node.children.set(code, (next = newNode()));
    node = next;
  }
  if (!node.values.includes(value)) node.values.push(value);
}

export function pack(root: BuildNode): PackedTrie {
  const queue: { label: string; node: BuildNode }[] = [{ label: '', node: root }];
  let chars = '';
  let lens = '';
  let counts = '';
  const terminals: number[] = [];
  let lastTerminal = 0;
  for (let n = 0; n < queue.length; n++) {
    const { label, node } = queue[n];
    chars += label;
    lens += String.fromCharCode(32 + label.length);
    const children = [...node.children].sort((a, b) => a[0] - b[0]);
    counts += String.fromCharCode(32 + children.length);
    for (const [code, child] of children) {
      // Follow the chain while it has one way on and no word ends in it.
      let text = String.fromCharCode(code);
      let end = child;
      while (end.children.size === 1 && end.values.length === 0) {
        const [[nextCode, next]] = end.children;
        text += String.fromCharCode(nextCode);
        end = next;
      }
      queue.push({ label: text, node: end });
    }
    if (node.values.length) {
      terminals.push(n - lastTerminal, node.values.length, ...node.values);
      lastTerminal = n;
    }
  }
  return { chars, lens, counts, terminals };
}

/** A trie expanded to one node per character: edges of node n are [edgeStart[n], edgeStart[n+1]), sorted. */
export interface Trie {
  edgeStart: Int32Array;
  edgeChar: Int32Array;
  edgeTarget: Int32Array;
  /** Values (phrase or word ids) that end at each node. */
  terminal: (number[] | undefined)[];
  /** Root transitions for ASCII, and which second characters can follow each first one. */
  rootTable: Int32Array;
  secondChars: Uint8Array;
}

export function unpackTrie(packed: PackedTrie): Trie {
  const packedCount = packed.counts.length;
  const nodeCount = 1 + packed.chars.length;
  const labelStart = new Int32Array(packedCount + 1);
  for (let i = 0; i < packedCount; i++) labelStart[i + 1] = labelStart[i] + packed.lens.charCodeAt(i) - 32;
  const endOf = new Int32Array(packedCount); // expanded node where each packed node's label ends
  const from = new Int32Array(nodeCount - 1);
  const chars = new Int32Array(nodeCount - 1);
  let edges = 0;
  let nextChild = 1;
  for (let i = 0; i < packedCount; i++) {
    for (let k = packed.counts.charCodeAt(i) - 32; k > 0; k--) {
      const child = nextChild++;
      let prev = endOf[i];
      for (let j = labelStart[child]; j < labelStart[child + 1]; j++) {
        from[edges] = prev;
        chars[edges] = packed.chars.charCodeAt(j);
        prev = ++edges; // expanded nodes are numbered in edge order: edge e leads to node e + 1
      }
      endOf[child] = prev;
    }
  }
  // Group edges by source node; a counting sort keeps each node's edges in character order.
  const edgeStart = new Int32Array(nodeCount + 1);
  for (let e = 0; e < edges; e++) edgeStart[from[e] + 1]++;
  for (let n = 0; n < nodeCount; n++) edgeStart[n + 1] += edgeStart[n];
  const fill = edgeStart.slice(0, nodeCount);
  const edgeChar = new Int32Array(edges);
  const edgeTarget = new Int32Array(edges);
  for (let e = 0; e < edges; e++) {
    const slot = fill[from[e]]++;
    edgeChar[slot] = chars[e];
    edgeTarget[slot] = e + 1;
  }
  const terminal: (number[] | undefined)[] = new Array(nodeCount);
  let node = 0;
  for (let i = 0; i < packed.terminals.length; ) {
    node += packed.terminals[i];
    const count = packed.terminals[i + 1];
    terminal[endOf[node]] = packed.terminals.slice(i + 2, i + 2 + count);
    i += 2 + count;
  }
  const rootTable = new Int32Array(128).fill(-1);
  const secondChars = new Uint8Array(128 * 128);
  for (let e = edgeStart[0]; e < edgeStart[1]; e++) {
    const first = edgeChar[e];
    if (first >= 128) continue;
    const child = edgeTarget[e];
    rootTable[first] = child;
    for (let f = edgeStart[child]; f < edgeStart[child + 1]; f++) {
      const second = edgeChar[f];
      if (second < 128) secondChars[first * 128 + second] = 1;
      // A separator edge: letters meeting digits take it without a character ("B12" for "b 12").
      if (second === SEP) for (let c = 0; c < 128; c++) if (isWordCode(c)) secondChars[first * 128 + ASCII_FOLD[c]] = 1;
    }
    // A one-character word ends here: anything that is not a word character may follow.
    if (terminal[child]) for (let c = 0; c < 128; c++) if (!isWordCode(c) && ASCII_FOLD[c] >= 0) secondChars[first * 128 + ASCII_FOLD[c]] = 1;
  }
  return { edgeStart, edgeChar, edgeTarget, terminal, rootTable, secondChars };
}

/** 1 for ASCII letters and digits (exported so hot loops can test without a call). */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = isWordCode(c) ? 1 : 0;
export const isWord = (c: number) => (c < 128 ? ASCII_WORD[c] === 1 : isWordCode(c));
const isDigitCode = (c: number) => c >= 48 && c <= 57;
/** Skipped characters (soft hyphen, apostrophes, zero-width) fold to nothing. */
export const isSkipped = (c: number) => (c < 128 ? ASCII_FOLD[c] === -1 : foldCode(c) === '');

/** Characters that glue tokens together in URLs, base64 and identifiers ("…/HGH/…", "x_HGH"). */
export const isGlue = (c: number) => c === 47 || c === 43 || c === 61 || c === 95 || c === 92;

/** A match may end at `j` if the next visible character does not continue a word or a token. */
export function endsWord(text: string, j: number): boolean {
  let k = j;
  while (k < text.length && isSkipped(text.charCodeAt(k))) k++;
  if (k >= text.length) return true;
  const c = text.charCodeAt(k);
  if (isWord(c)) return false;
  return !(isGlue(c) && k + 1 < text.length && isWord(text.charCodeAt(k + 1)));
}

/**
 * Quick test at a word start: can a phrase start with the first two visible characters? Rejects
 * almost every word of a page without walking. `i` is the index of a word character.
 */
export function mayStartAt(trie: Trie, text: string, i: number): boolean {
  const c1 = text.charCodeAt(i);
  if (c1 >= 128) return true; // rare: let the walk decide
  const f1 = ASCII_FOLD[c1];
  if (trie.rootTable[f1] < 0) return false;
  const c2 = text.charCodeAt(i + 1);
  if (c2 !== c2 || c2 >= 128) return true; // end of text, or non-ASCII: walk
  const f2 = ASCII_FOLD[c2];
  return f2 < 0 || trie.secondChars[f1 * 128 + f2] === 1;
}

export function child(trie: Trie, node: number, code: number): number {
  if (node === 0 && code < 128) return trie.rootTable[code];
  const { edgeStart, edgeChar, edgeTarget } = trie;
  for (let e = edgeStart[node], end = edgeStart[node + 1]; e < end; e++) {
    const c = edgeChar[e];
    if (c === code) return edgeTarget[e];
    if (c > code) return -1;
  }
  return -1;
}

/**
 * Walks from word start `i`, appending every node where words end (and the text index after it) to
 * `nodes`/`ends`, shortest first. Callers check word boundaries and their own conditions.
 * Returns the trie node reached when the text ran out (at `limit`) while a phrase could still go on,
 * or -1 when no phrase continues.
 */
export function walk(trie: Trie, text: string, i: number, limit: number, nodes: number[], ends: number[]): number {
  nodes.length = 0;
  ends.length = 0;
  let node = 0;
  let j = i;
  let prevDigit = -1; // class of the last folded letter/digit: 1 digit, 0 letter, -1 none
  while (j < limit) {
    const code = text.charCodeAt(j);
    let folded: number;
    let foldedStr: string | null = null;
    if (code < 128) folded = ASCII_FOLD[code];
    else {
      foldedStr = foldCode(code);
      folded = foldedStr.length === 0 ? -1 : foldedStr.length === 1 ? foldedStr.charCodeAt(0) : -2;
    }
    if (folded === -1) {
      j++; // skipped character
      continue;
    }
    if (folded === SEP) {
      node = child(trie, node, SEP);
      if (node < 0) return -1;
      // One separator edge stands for the whole run of separators (and skipped characters).
      j++;
      while (j < limit) {
        const c = text.charCodeAt(j);
        const f = c < 128 ? ASCII_FOLD[c] : foldCode(c) === ' ' ? SEP : isSkipped(c) ? -1 : 0;
        if (f !== SEP && f !== -1) break;
        j++;
      }
      prevDigit = -1;
      continue;
    }
    const count = folded === -2 ? foldedStr!.length : 1;
    for (let k = 0; k < count; k++) {
      const fc = folded === -2 ? foldedStr!.charCodeAt(k) : folded;
      const digit = isDigitCode(fc) ? 1 : isWord(fc) ? 0 : -1;
      if (prevDigit >= 0 && digit >= 0 && digit !== prevDigit) {
        node = child(trie, node, SEP); // letters meeting digits: the phrase has a separator here
        if (node < 0) return -1;
      }
      node = child(trie, node, fc);
      if (node < 0) return -1;
      prevDigit = digit;
    }
    j++;
    if (trie.terminal[node] !== undefined) {
      nodes.push(node);
      ends.push(j);
    }
  }
  return node;
}
