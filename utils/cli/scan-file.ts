/**
 * The command-line scanner's core: the same matcher and the same block extraction as the extension,
 * over an HTML document parsed by jsdom (with source locations) or over plain text. Offsets are
 * character offsets into the file's own text; lines are 1-based.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import type { CompiledIndex } from '../matcher/compile';
import { phraseInEntry, phraseText } from '../matcher/phrases';
import type { Entry } from '../../data/schema';
import type { Match, Matcher, MatchKind } from '../matcher/scan';
import type { Stance } from '../matcher/stance';
import { collectBlocks, isUnreadable, locate } from '../page/blocks';
import { pageTopic } from '../page/page-topic';
import { lineIndex, sourceOffsetMap } from './source-offsets';

export interface FileMatch {
  entry: string;
  phrase: string;
  /** The text as it appears in the file (after decoding, for HTML). */
  text: string;
  kind: MatchKind;
  debunked: boolean;
  /** How the sentence speaks of it: claim, mention, reported or doubted. */
  stance: Stance;
  /** A general entry the same sentence names, shown on the card as a second line. */
  also?: string;
  verdict: string;
  line: number;
  start: number;
  end: number;
}

export const looksLikeHtml = (name: string, text: string) =>
  /\.x?html?$/i.test(name) || (!/\.txt$/i.test(name) && /^\s*(<!doctype html|<html|<head|<body|<p[\s>])/i.test(text));

export function scanText(text: string, matcher: Matcher, entries: Entry[]): FileMatch[] {
  const line = lineIndex(text);
  matcher.setPageContext('');
  return matcher.scan(text).map((m) => toFileMatch(matcher.index, entries, m, m.start, m.end, line, text.slice(m.start, m.end)));
}

export function scanHtml(source: string, matcher: Matcher, entries: Entry[]): FileMatch[] {
  // A silent console: jsdom would print every stylesheet it cannot parse (many real pages have some).
  const dom = new JSDOM(source, { includeNodeLocations: true, virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const line = lineIndex(source);
  const out: FileMatch[] = [];
  const offsetMaps = new Map<Text, ((o: number) => number) | null>();
  const sourceOffset = (node: Text, offset: number): number | null => {
    let map = offsetMaps.get(node);
    if (map === undefined) {
      const loc = dom.nodeLocation(node);
      map = loc ? ((raw, start) => (o: number) => start + raw(o))(sourceOffsetMap(source.slice(loc.startOffset, loc.endOffset), node.data), loc.startOffset) : null;
      offsetMaps.set(node, map);
    }
    return map ? map(offset) : null;
  };
  matcher.setPageContext(pageTopic(doc));
  for (const block of collectBlocks(doc.body ?? doc.documentElement)) {
    for (const m of matcher.scan(block.text)) {
      const a = locate(block, m.start, false);
      if (isUnreadable(a.node)) continue;
      const b = locate(block, m.end, true);
      const start = sourceOffset(a.node, a.offset);
      const end = sourceOffset(b.node, b.offset);
      if (start === null || end === null) continue;
      out.push(toFileMatch(matcher.index, entries, m, start, end, line, block.text.slice(m.start, m.end)));
    }
  }
  dom.window.close();
  return out.sort((x, y) => x.start - y.start);
}

function toFileMatch(
  index: CompiledIndex,
  entries: Entry[],
  m: Match,
  start: number,
  end: number,
  line: (o: number) => number,
  text: string,
): FileMatch {
  const entry = index.entries[m.entry];
  return {
    entry: entry.id,
    phrase: phraseText(entries[m.entry], phraseInEntry(index, m.phrase)) ?? text,
    text,
    kind: m.kind,
    debunked: m.debunked,
    stance: m.stance,
    ...(m.also !== undefined ? { also: index.entries[m.also].id } : {}),
    verdict: entry.verdict,
    line: line(start),
    start,
    end,
  };
}
