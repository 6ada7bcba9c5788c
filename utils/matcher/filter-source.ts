/**
 * Build time: the first-pass RegExp, written compactly (filters.ts expands it in the page). It travels
 * to content scripts through storage (page-data-store.ts), so its size costs nothing on page load.
 *
 * Compact syntax: "(" stands for "(?:", " " for a separator (any run of non-word characters, or
 * none: letters meeting digits) and "!" for a word end. Phrases are spelled with letters, digits, "+"
 * and ":" only (compile.ts refuses others), so none of these stands for itself.
 */

/**
 * Characters of each spelling the first pass checks. Measured on 15 corpus pages (text nodes
 * passing / regex source, gzipped): 6 → 389 passes / 0.9 KB, 8 → 125 / 1.2 KB, 10 → 89 / 1.4 KB,
 * 12 → 77 / 1.7 KB, whole spellings → 72 / 2.4 KB. Most passes at 10 are real matches.
 */
export const FILTER_PREFIX = 10;

type Node = Map<string, Node> & { end?: boolean; open?: boolean };

/** The trie of these strings; `open` ones may go on with any ending. */
function trieOf(words: Iterable<string>, open: Iterable<string> = []): Node {
  const root: Node = new Map();
  const add = (word: string, isOpen: boolean) => {
    if (!/^[a-z0-9+: ]+$/.test(word)) throw new Error(`filter: "${word}" has a character the compact RegExp cannot spell`);
    let node = root;
    for (const c of word) {
      let next = node.get(c);
      if (!next) node.set(c, (next = new Map()));
      node = next;
    }
    node.end = true;
    if (isOpen) node.open = true;
  };
  for (const word of words) add(word, false);
  for (const word of open) add(word, true);
  return root;
}

const escape = (c: string) => (c === '+' ? '\\+' : c);
const group = (branches: string[]) => (branches.length === 1 ? branches[0] : `(${branches.join('|')})`);
const sortedChildren = (node: Node) => [...node].sort(([a], [b]) => (a < b ? -1 : 1));

/**
 * A compact RegExp that tests for any of these strings, shaped like their trie: "stem c|stem s" →
 * "stem (c|s)". It finds where one of them starts, not which one (it stops at the shortest): whatever
 * matches "nad+" also matches "nad", so the branches below a word's end are left out.
 */
export function trieRegex(words: Iterable<string>): string {
  const emit = (node: Node): string => (node.end ? '' : group(sortedChildren(node).map(([c, child]) => escape(c) + emit(child))));
  return `(${emit(trieOf(words))})`;
}

/**
 * Like trieRegex, but a string must be whole and end a word: "nad!" does not pass "nadšené" (read
 * "nadsene"). `open` strings may go on with any ending ("boost" passes "boosters").
 */
export function wholeWordRegex(words: Iterable<string>, open: Iterable<string> = []): string {
  const emit = (node: Node): string => {
    if (node.open) return '';
    const branches = sortedChildren(node).map(([c, child]) => escape(c) + emit(child));
    if (node.end) branches.push('!');
    return group(branches);
  };
  return emit(trieOf(words, open));
}

type WordGroup = { words: Iterable<string>; open: Iterable<string> };

export interface FilterSpellings {
  /** Every spelling (its prefixes make the first part). */
  all: Iterable<string>;
  /** Spellings of phrases that count on their own. */
  free: Iterable<string>;
  /** Spellings of phrases that count only with a context word in their sentence. */
  needContext: Iterable<string>;
  /** Spellings of acronyms whose letter case counts ("NAD", not the Czech "nad"), as caseForm writes them. */
  caseFree?: Iterable<string>;
  caseNeedContext?: Iterable<string>;
  /** Every form of those context words, as whole words and as words that take any ending ("boost*"). */
  contextWords: Iterable<string>;
  openContextWords: Iterable<string>;
  /** By contextKey of the phrases that need them: the context words those phrases need. */
  contextByKey?: ReadonlyMap<string, WordGroup>;
  /** The same, of the phrases whose context word the page's topic may give (not the claim grammar's). */
  topicByKey?: ReadonlyMap<string, WordGroup>;
}

/**
 * An acronym's spelling with its letter case, for a RegExp without the "i" flag: the letters the
 * scanner checks (`letters`, "NAD") as written, any other letter in either case ("NAD[sS]" for "nads"),
 * then a word end. Null when the spelling's letters do not begin with `letters` (then it is matched
 * without case, which is looser).
 */
export function caseForm(form: string, letters: string): string | null {
  let out = '';
  let k = 0;
  for (const c of form) {
    if (c < 'a' || c > 'z') out += escape(c);
    else if (k < letters.length) {
      if (letters[k].toLowerCase() !== c) return null;
      out += letters[k++];
    } else out += `[${c}${c.toUpperCase()}]`;
  }
  return k === letters.length ? `${out}!` : null;
}

/** One part per first character (lowercase), keyed `${mark}${character}`, its RegExp written by `write`. */
function partsByFirst(spellings: Iterable<string>, mark: string, write: (group: string[]) => string): string[] {
  const byFirst = new Map<string, string[]>();
  for (const s of new Set(spellings)) {
    const c = s[0].toLowerCase();
    byFirst.set(c, [...(byFirst.get(c) ?? []), s]);
  }
  return [...byFirst.keys()].sort().map((c) => `${mark}${c}\t${write(byFirst.get(c)!)}`);
}

/** Whole spellings, as a trie-shaped RegExp per first character. */
const wholeParts = (spellings: Iterable<string>, mark: string) => partsByFirst(spellings, mark, (group) => wholeWordRegex(group));
/** Acronym spellings (caseForm, each ending a word already), as an alternation per first character. */
const caseParts = (forms: Iterable<string>, mark: string) => partsByFirst(forms, mark, (group) => `(${group.sort().join('|')})`);

/**
 * The context words needed by the phrases of each contextKey, one part per distinct set (key "*#n"),
 * and which set each key needs (key "*keys", "sl:0,st:1,…"; key "*topic" for the words the page's
 * topic may give): many keys share a set.
 */
function contextGroups(byKey: ReadonlyMap<string, WordGroup>, topicByKey: ReadonlyMap<string, WordGroup>): string[] {
  const sources = new Map<string, number>();
  const keysOf = (map: ReadonlyMap<string, WordGroup>) =>
    [...map]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([key, { words, open }]) => {
        const source = wholeWordRegex(new Set(words), new Set(open));
        if (!sources.has(source)) sources.set(source, sources.size);
        return `${key}:${sources.get(source)}`;
      })
      .join(',');
  const keys = keysOf(byKey);
  const topic = keysOf(topicByKey);
  return [`*keys\t${keys}`, `*topic\t${topic}`, ...[...sources].map(([source, n]) => `*#${n}\t(${source})`)];
}

/**
 * The filter, one part per line. First the FILTER_PREFIX-character prefixes of every spelling, which
 * the first pass runs over a whole page's text. Then, keyed by first character, the whole spellings
 * that start with it, each ending a word (phrases that count alone, key "s"; phrases that need a
 * context word, key "~s"; acronyms whose case counts, keys "=n" and "~=n", matched with their case),
 * and the context words those need (key "*"; and by contextKey, so the first pass can ask whether
 * "Sleep Disorders" has one of sleep's words near it: see contextGroups). Where a prefix matched, the
 * first pass asks the parts for that character before it sends a text to the scan ("Peripherals" is
 * no "peripheral blood stem cell"); the scan asks them before it walks the trie, and for a phrase
 * that needs a context word, whether one is anywhere in the block ("Sleep Disorders" in a menu).
 * One part per character, because the page compiles only the parts it needs: all whole spellings as
 * one RegExp (16 KB) took 6–17 ms to compile in a fresh page.
 */
export function filterSource(spellings: FilterSpellings): string {
  return [
    trieRegex([...spellings.all].map((s) => s.slice(0, FILTER_PREFIX))),
    ...wholeParts(spellings.free, ''),
    ...wholeParts(spellings.needContext, '~'),
    ...caseParts(spellings.caseFree ?? [], '='),
    ...caseParts(spellings.caseNeedContext ?? [], '~='),
    `*\t(${wholeWordRegex(spellings.contextWords, spellings.openContextWords)})`,
    ...contextGroups(spellings.contextByKey ?? new Map(), spellings.topicByKey ?? new Map()),
  ].join('\n');
}
