/**
 * In the page: the filter RegExps from their compact source (filter-source.ts). They are looser than
 * the scanner (a separator may be any run of non-word characters; case and context words are not
 * checked), so skipping what they reject never hides a match; the property tests hold the first pass
 * and the scan to that.
 */

const expand = (compact: string) => compact.replaceAll('(', '(?:').replaceAll(' ', '\\W*').replaceAll('!', '(?![a-z0-9])');

/** The first-pass RegExp (the source's first line), global and case-insensitive. */
export const filterRegExp = (compact: string) => new RegExp(expand(compact.split('\n')[0]), 'gi');

export interface Filter {
  /** Runs over a whole page's text: where could a phrase start? */
  first: RegExp;
  /**
   * Sticky: the whole spellings starting with this (lowercase) character, each ending a word. Compiled
   * on first use; null when there is no such part or it does not compile (then nothing can be ruled out).
   */
  whole(first: string): RegExp | null;
}

/** The filter, or null when there is no source or it does not compile (then every text is read). */
export function compileFilter(source: string): Filter | null {
  if (!source) return null;
  const parts = source.split('\n');
  const wholes = new Map<string, RegExp | null>();
  try {
    return {
      first: filterRegExp(parts[0]),
      whole(c) {
        let re = wholes.get(c);
        if (re === undefined) {
          const part = parts.find((p, k) => k > 0 && p[0] === c);
          try {
            re = part ? new RegExp(expand(part), 'iy') : null;
          } catch {
            re = null;
          }
          wholes.set(c, re);
        }
        return re;
      },
    };
  } catch {
    console.warn('[Evidence Lens] the stored phrase filter is unreadable; scanning without it.');
    return null;
  }
}
