import { buildData } from '../../data/build';
import { createMatcher, type Match } from '../../utils/matcher/scan';

/** The real evidence base, compiled as the build does it. */
export const built = buildData();
export const matcher = createMatcher(built.index);

export function found(text: string): { text: string; entry: string; kind: string; debunked: boolean }[] {
  return matcher.scan(text).map((m: Match) => ({
    text: text.slice(m.start, m.end),
    entry: built.index.entries[m.entry].id,
    kind: m.kind,
    debunked: m.debunked,
  }));
}
