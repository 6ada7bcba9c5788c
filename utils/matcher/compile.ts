/**
 * Compiles every phrase of every entry into one trie over the folded alphabet (normalize.ts), stored
 * as flat arrays so it serializes to JSON at build time and loads without rebuilding objects.
 *
 * Why a trie walked from word starts (and not Aho-Corasick or one big RegExp): every phrase must start
 * and end on a word boundary, so a match can only begin where a word begins. Walking the trie from word
 * starts needs no failure links, folds characters on the fly (no normalized copy of the page) and
 * stops after one or two characters for almost every word. Measured in scripts/bench-matcher.ts.
 */
import type { Entry, Verdict, Category } from '../../data/schema';
import { canonicalPhrase, expandVariants } from './variants';

export interface PhraseMeta {
  /** Index into CompiledIndex.entries. */
  entry: number;
  /** The phrase as written in the entry (shown in cards and the CLI). */
  text: string;
  /** Letters that must match exactly, in case, when the phrase is an acronym ("TAME"). */
  caseLetters?: string;
  /** Context words: the phrase counts only if one occurs in the same sentence (context.ts). */
  near?: string[];
}

export interface EntryMeta {
  id: string;
  title: string;
  verdict: Verdict;
  category: Category;
}

export interface CueWords {
  claim: string[];
  debunk: string[];
}

/**
 * The trie, packed for shipping: chains of single-child nodes are merged into one labelled node (a
 * radix tree, ~5× fewer nodes), listed breadth-first with children sorted. unpackTrie() expands it
 * back into a per-character trie in typed arrays, which is what the scanner walks.
 */
export interface PackedTrie {
  /** All labels concatenated, in node order (the root has an empty label). */
  chars: string;
  /** Label length of each node, as char codes offset by 32. */
  lens: string;
  /** Child count of each node, as char codes offset by 32. */
  counts: string;
  /** Flattened [nodeDelta, phraseCount, ...phraseIds] for every node where phrases end, in node order. */
  terminals: number[];
}

export interface CompiledIndex {
  version: 2;
  cues: CueWords;
  entries: EntryMeta[];
  phrases: PhraseMeta[];
  trie: PackedTrie;
}

interface BuildNode {
  children: Map<number, BuildNode>;
  phrases: number[];
}

const letters = (text: string) => text.replace(/[^A-Za-z]/g, '');

export function compileIndex(entries: readonly Entry[], cues: CueWords): CompiledIndex {
  const root: BuildNode = { children: new Map(), phrases: [] };
  const phrases: PhraseMeta[] = [];

  entries.forEach((entry, entryIndex) => {
    for (const phrase of entry.phrases) {
      const spec = typeof phrase === 'string' ? { text: phrase } : phrase;
      const meta: PhraseMeta = { entry: entryIndex, text: spec.text };
      if (spec.matchCase) meta.caseLetters = letters(spec.text);
      if (spec.near) meta.near = [...spec.near];
      const id = phrases.push(meta) - 1;
      for (const form of expandVariants(canonicalPhrase(spec.text))) insert(root, form, id);
    }
  });

  return {
    version: 2,
    cues: { claim: [...cues.claim], debunk: [...cues.debunk] },
    entries: entries.map(({ id, title, verdict, category }) => ({ id, title, verdict, category })),
    phrases,
    trie: pack(root),
  };
}

function insert(root: BuildNode, form: string, phraseId: number) {
  let node = root;
  for (let i = 0; i < form.length; i++) {
    const code = form.charCodeAt(i);
    let next = node.children.get(code);
    if (!next) {
      next = { children: new Map(), phrases: [] };
      node.children.set(code, next);
    }
    node = next;
  }
  if (!node.phrases.includes(phraseId)) node.phrases.push(phraseId);
}

function pack(root: BuildNode): PackedTrie {
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
      // Follow the chain while it has one way on and no phrase ends in it.
      let text = String.fromCharCode(code);
      let end = child;
      while (end.children.size === 1 && end.phrases.length === 0) {
        const [[nextCode, next]] = end.children;
        text += String.fromCharCode(nextCode);
        end = next;
      }
      queue.push({ label: text, node: end });
    }
    if (node.phrases.length) {
      terminals.push(n - lastTerminal, node.phrases.length, ...node.phrases);
      lastTerminal = n;
    }
  }
  return { chars, lens, counts, terminals };
}

/**
 * Expands a packed trie into typed arrays, one node per character: the edges of node n are
 * edgeChar/edgeTarget[edgeStart[n] .. edgeStart[n+1]), sorted by character.
 */
export function unpackTrie(trie: PackedTrie) {
  const packedCount = trie.counts.length;
  const nodeCount = 1 + trie.chars.length;
  const labelStart = new Int32Array(packedCount + 1);
  for (let i = 0; i < packedCount; i++) labelStart[i + 1] = labelStart[i] + trie.lens.charCodeAt(i) - 32;
  const endOf = new Int32Array(packedCount); // expanded node where each packed node's label ends
  const from = new Int32Array(nodeCount - 1);
  const chars = new Int32Array(nodeCount - 1);
  let edges = 0;
  let nextChild = 1;
  for (let i = 0; i < packedCount; i++) {
    for (let k = trie.counts.charCodeAt(i) - 32; k > 0; k--) {
      const child = nextChild++;
      let prev = endOf[i];
      for (let j = labelStart[child]; j < labelStart[child + 1]; j++) {
        from[edges] = prev;
        chars[edges] = trie.chars.charCodeAt(j);
        prev = ++edges; // expanded nodes are numbered in edge order: edge e leads to node e + 1
      }
      endOf[child] = prev;
    }
  }
  // Group edges by source node (a counting sort keeps each node's edges in character order).
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
  let packed = 0;
  for (let i = 0; i < trie.terminals.length; ) {
    packed += trie.terminals[i];
    const count = trie.terminals[i + 1];
    terminal[endOf[packed]] = trie.terminals.slice(i + 2, i + 2 + count);
    i += 2 + count;
  }
  return { edgeStart, edgeChar, edgeTarget, terminal, nodeCount };
}
