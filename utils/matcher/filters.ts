/**
 * In the page: the filter RegExps from their compact source (filter-source.ts). They are looser than
 * the scanner (a separator may be any run of non-word characters; case and sentences are not
 * checked), so skipping what they reject never hides a match; the property tests hold the first pass
 * and the scan to that.
 */

const expand = (compact: string) => compact.replaceAll('(', '(?:').replaceAll(' ', '\\W*').replaceAll('!', '(?![A-Za-z0-9])');

/** The first-pass RegExp (the source's first line), global and case-insensitive. */
export const filterRegExp = (compact: string) => new RegExp(expand(compact.split('\n')[0]), 'gi');

/**
 * Which context words a phrase needs is told by its first two letters or digits ("sl" for "sleep",
 * "b1" for "B-12"), separators skipped: specific enough that "Sleep" is not let through by a word
 * that "supplements" needs, and the same whether read from a spelling or from page text.
 */
export function contextKey(text: string, at = 0): string {
  let key = '';
  for (let i = at; i < text.length && key.length < 2; i++) {
    const c = text[i].toLowerCase();
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
  }
  return key;
}

/** Matches nothing: a part that is not there rules its places out. */
const NEVER = /(?!)/y;
const NEVER_GLOBAL = /(?!)/g;
/** A context word starts a word. */
const CONTEXT_WORD_START = '(?<![a-z0-9])';

export interface Filter {
  /** Runs over a whole page's text: where could a phrase start? */
  first: RegExp;
  /**
   * Sticky: the whole spellings that start with this (lowercase) character, each ending a word, of the
   * phrases that count alone or (`needContext`) only with a context word; with `matchCase`, those of
   * acronyms, letter case included. Compiled on first use; null when the part does not compile (then
   * nothing can be ruled out).
   */
  whole(c: string, needContext?: boolean, matchCase?: boolean): RegExp | null;
  /**
   * Global: where a context word starts (null: unreadable); with a `key` (contextKey), only the words
   * that phrases with that key need.
   */
  contextWord(key?: string): RegExp | null;
  /** Global: where a context word starts that the page's topic may give phrases with this key. */
  topicWord(key: string): RegExp | null;
}

/** The filter, or null when there is no source or it does not compile (then every text is read). */
export function compileFilter(source: string): Filter | null {
  if (!source) return null;
  const [first, ...rest] = source.split('\n');
  const sources = new Map(rest.map((line) => line.split('\t') as [string, string]));
  const compiled = new Map<string, RegExp | null>();
  // "sl:3,st:3,…": the group of context words each key's phrases need (groups are shared: part "*#3").
  const keyMap = (line = '') => new Map(line.split(',').filter(Boolean).map((pair) => pair.split(':') as [string, string]));
  const groups = keyMap(sources.get('*keys'));
  const topicGroups = keyMap(sources.get('*topic'));
  const group = (n: string | undefined) => (n === undefined ? NEVER_GLOBAL : part(`*#${n}`, 'gi', CONTEXT_WORD_START));
  const part = (key: string, flags: string, prefix = '') => {
    let re = compiled.get(key);
    if (re === undefined) {
      const src = sources.get(key);
      try {
        re = src === undefined ? NEVER : new RegExp(prefix + expand(src), flags);
      } catch {
        re = null;
      }
      compiled.set(key, re);
    }
    return re;
  };
  try {
    return {
      first: filterRegExp(first),
      whole: (c, needContext, matchCase) => part(`${needContext ? '~' : ''}${matchCase ? '=' : ''}${c}`, matchCase ? 'y' : 'iy'),
      // A context word starts a word; any ending passes (looser than the scanner, which is enough here).
      contextWord: (key) => (key === undefined ? part('*', 'gi', CONTEXT_WORD_START) : group(groups.get(key))),
      topicWord: (key) => group(topicGroups.get(key)),
    };
  } catch {
    console.warn('[Evidence Lens] the stored phrase filter is unreadable; scanning without it.');
    return null;
  }
}
