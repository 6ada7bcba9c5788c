/**
 * Card fit for `npm run eval`: is the card a positive sentence opens first the right one? The labelled
 * sets carry no entry ids (the project must not copy labels in), only a person's `topic` for each
 * sentence ("NMN", "stem cell tourism infections (context-dependent)"). So the expected entries come
 * from the product's own lookup (utils/search.ts) run on that topic: parenthesised notes dropped, each
 * "/"-separated part looked up, its top hit expected. The first card fits when its entry, or the
 * general entry on its second line, is an expected entry or related to one (either entry lists the
 * other: "related" is a relation between two topics, whichever file happens to name it). Unjudged
 * (listed, not counted): a topic the lookup finds nothing for, and a sentence marked
 * "(context-dependent)", which names its topic only through the page around it, which a sentence alone
 * lacks (as for recall, where those count apart).
 */
import type { Entry } from '../../data/schema';
import type { CompiledIndex } from '../../utils/matcher/compile';
import type { Match } from '../../utils/matcher/scan';
import type { Search } from '../../utils/search';

export type Fit = { judged: false } | { judged: true; fits: boolean; expected: string[]; opened: string[] };

/** The entries the lookup expects for a topic (its top hit per "/"-part), none when it finds nothing. */
export function expectedFor(search: Search, topic: string): Entry[] {
  const parts = topic.replace(/\([^)]*\)/g, ' ').split('/').map((p) => p.trim()).filter(Boolean);
  const out: Entry[] = [];
  for (const part of parts) {
    const top = search(part, 1)[0]?.entry;
    if (top && !out.includes(top)) out.push(top);
  }
  return out;
}

/** Judges the first of a sentence's matches against its topic. */
export function cardFit(
  search: Search,
  entries: readonly Entry[],
  index: CompiledIndex,
  topic: string,
  matches: readonly Match[],
): Fit {
  if (/context-dependent/.test(topic)) return { judged: false };
  const expected = expectedFor(search, topic);
  if (!expected.length || !matches.length) return { judged: false };
  const first = matches[0];
  const opened = [first.entry, ...(first.also !== undefined ? [first.also] : [])].map((e) => index.entries[e].id);
  const ids = new Set(expected.map((e) => e.id));
  const right = new Set(expected.flatMap((e) => [e.id, ...e.related]));
  for (const e of entries) if (e.related.some((id) => ids.has(id))) right.add(e.id);
  return { judged: true, fits: opened.some((id) => right.has(id)), expected: [...ids], opened };
}
