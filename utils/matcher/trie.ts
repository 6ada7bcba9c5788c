/**
 * The phrase trie: built and packed at build time, made walkable in the page with one pass that sizes
 * subtrees, and walked from word starts with characters folded on the fly (normalize.ts), so page text
 * is never copied.
 *
 * Why a trie walked from word starts (not Aho-Corasick, not one RegExp of whole phrases): every phrase
 * starts and ends on a word boundary, so a match can only begin where a word begins; walking from there
 * needs no failure links, and the longest phrase that passes its checks (case, context words) wins,
 * which a RegExp alternation cannot say. Measured by scripts/bench/matcher.ts on 398 K characters of
 * corpus text (npm run bench, 2026-11-29): walking every word start 12 ms, one combined case-insensitive
 * RegExp of all 839 phrase spellings 1,586 ms. Since 2026-11-30 the word starts to walk come from a
 * small RegExp of 10-character prefixes (scan.ts), which skips the rest of the text at native speed.
 */
import { ASCII_FOLD, SEP, foldCode, isWordCode } from './normalize';

/**
 * Shipped as plain strings, one node per character, numbered in depth-first preorder with children
 * sorted by character: node n + 1 is n's first child, node n + size(n) its next sibling, node m is
 * reached by the edge with character chars[m - 1], and the phrases read almost as text. Sizes and
 * where each node's values start are written at build time too, so the page walks the strings as
 * they arrive: unpacking them cost a loop over every node of a subtree (~1.3 ms for "s…" in a page
 * that had not run our code before), which the page data, read from storage, does not need to save.
 */
export interface PackedTrie {
  /** The character on the edge into each node, for nodes 1 … n-1 (the root has none). */
  chars: string;
  /** Child count of each node, as char codes offset by 32. */
  counts: string;
  /** Subtree size of each node (itself included), as char codes offset by 32. */
  sizes: string;
  /**
   * Flattened [valueCount, ...values] for every node where words end, in node order, as char codes
   * offset by 32 (a character per number packs tighter than JSON digits).
   */
  terminals: string;
  /** For each node, where its entry starts in `terminals`, plus one (0: no word ends there), offset by 32. */
  terminalAt: string;
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

const subtreeSize = (node: BuildNode, sizes: Map<BuildNode, number>): number => {
  let total = 1;
  for (const child of node.children.values()) total += subtreeSize(child, sizes);
  sizes.set(node, total);
  return total;
};

/** A number as one character, offset by 32 (past U+D7FF code units would be surrogate halves, which do not survive as text). */
function packNumber(x: number): string {
  if (x + 32 >= 0xd800) throw new Error(`trie too large to pack: ${x}`);
  return String.fromCharCode(32 + x);
}

export function pack(root: BuildNode): PackedTrie {
  const chars: string[] = [];
  const counts: string[] = [];
  const sizes: string[] = [];
  const terminals: string[] = [];
  const terminalAt: string[] = [];
  const sizeOf = new Map<BuildNode, number>();
  subtreeSize(root, sizeOf);
  // [edge character, node]; pushed in reverse so the smallest character comes off first.
  const stack: [number, BuildNode][] = [[0, root]];
  for (let n = 0; stack.length; n++) {
    const [code, node] = stack.pop()!;
    const children = [...node.children].sort((a, b) => a[0] - b[0]);
    counts.push(packNumber(children.length));
    sizes.push(packNumber(sizeOf.get(node)!));
    if (n > 0) chars.push(String.fromCharCode(code));
    for (let k = children.length - 1; k >= 0; k--) stack.push([children[k][0], children[k][1]]);
    if (node.values.length) {
      terminalAt.push(packNumber(terminals.length + 1));
      for (const x of [node.values.length, ...node.values]) terminals.push(packNumber(x));
    } else terminalAt.push(packNumber(0));
  }
  return { chars: chars.join(''), counts: counts.join(''), sizes: sizes.join(''), terminals: terminals.join(''), terminalAt: terminalAt.join('') };
}

/** A walkable trie (see PackedTrie): the packed strings, plus the root's children by ASCII character. */
export interface Trie {
  chars: string;
  counts: string;
  sizes: string;
  terminals: string;
  terminalAt: string;
  /** Root transitions for ASCII. */
  rootTable: Int32Array;
}

/** Subtree size of node n. */
const sizeOf = (trie: Trie, n: number) => trie.sizes.charCodeAt(n) - 32;
/** Where node n's values start in `terminals`, plus one; 0 when no word ends there. */
export const terminalOf = (trie: Trie, n: number) => trie.terminalAt.charCodeAt(n) - 32;

export function unpackTrie(packed: PackedTrie): Trie {
  const trie: Trie = { ...packed, rootTable: new Int32Array(128).fill(-1) };
  for (let k = trie.counts.charCodeAt(0) - 32, child = 1; k > 0; k--, child += sizeOf(trie, child)) {
    const first = trie.chars.charCodeAt(child - 1);
    if (first < 128) trie.rootTable[first] = child;
  }
  return trie;
}

/** The values (phrase or word ids) that end at a node where terminalAt says some do. */
export function valuesAt(trie: Trie, node: number): number[] {
  const t = trie.terminals;
  const at = terminalOf(trie, node) - 1;
  const values: number[] = [];
  for (let k = 0, count = t.charCodeAt(at) - 32; k < count; k++) values.push(t.charCodeAt(at + 1 + k) - 32);
  return values;
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

/** Quick test at a word start (`i`, a word character): can a phrase start with this character? */
export function mayStartAt(trie: Trie, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 128 || trie.rootTable[ASCII_FOLD[c]] >= 0;
}

export function child(trie: Trie, node: number, code: number): number {
  const { chars, counts, sizes } = trie;
  if (node === 0 && code < 128) return trie.rootTable[code];
  for (let k = counts.charCodeAt(node) - 32, c = node + 1; k > 0; k--, c += sizes.charCodeAt(c) - 32) {
    const edge = chars.charCodeAt(c - 1);
    if (edge === code) return c;
    if (edge > code) return -1;
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
    if (terminalOf(trie, node) !== 0) {
      nodes.push(node);
      ends.push(j);
    }
  }
  return node;
}
