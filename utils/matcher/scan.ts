/**
 * The scanner: raw text in, matches (character offsets into that same raw text) out. No DOM.
 *
 * At each word start it walks the compiled trie (trie.ts). The longest phrase that ends on a word
 * boundary and passes its checks (letter case for acronyms, a `near` word in the same sentence; for the
 * claim grammar, a promise just before it) wins; matches never overlap. Each match's sentence is then
 * read once for claim and debunking language.
 */
import type { CompiledIndex } from './compile';
import { lastAtOrBefore } from '../sorted';
import { ASCII_WORD, endsWord, isGlue, isSkipped, isWord, mayStartAt, unpackTrie, valuesAt, walk } from './trie';
import { ASCII_FOLD, NEEDS_FILTER_FOLD, foldCode } from './normalize';
import { PARAGRAPH_REACH, contextWordsIn, paragraphAround, sentenceAround, type ContextHit } from './context';
import { compileFilter, contextKey } from './filters';
import { readStance, stanceRules, type Promotes, type Stance } from './stance';

export type MatchKind = 'claim' | 'mention';

export interface Match {
  /** Index into index.entries. */
  entry: number;
  /** Index into index.phrases. */
  phrase: number;
  start: number;
  end: number;
  /** Claim language in the same sentence (or a marketing phrase itself) makes it a claim. */
  kind: MatchKind;
  /** The sentence doubts or debunks it ("there is no evidence that …"). */
  debunked: boolean;
  /** How the sentence speaks of it: promotes it, reports someone's claim, doubts it, or mentions it. */
  stance: Stance;
  /** The words that decided the stance (offsets into the scanned text), when words did. */
  cue?: { start: number; end: number };
  /** A general entry its sentence also names ("anti-aging"), shown as a second line on the card. */
  also?: number;
  /**
   * Where an ambiguous phrase's context came from when not its own sentence: a context word elsewhere
   * in the paragraph (its offsets), or the page's title and headings.
   */
  context?: { from: 'paragraph'; start: number; end: number } | { from: 'page' };
}

export interface Matcher {
  readonly index: CompiledIndex;
  /**
   * Appends the matches in `text` to `out` (and returns it), in text order. `from`/`to` limit the
   * word starts considered, so a huge text can be scanned in slices (a match may run past `to`).
   */
  scan(text: string, out?: Match[], from?: number, to?: number): Match[];
  /**
   * After a text was scanned in slices: lets general entries and claim-grammar matches give way to
   * the specific entries their sentences name (a whole-text scan does this itself).
   */
  settle(text: string, matches: Match[]): Match[];
  /**
   * The first pass over a page: which of these texts (the page's text nodes, in order) could hold,
   * begin or end a phrase? The texts are read as one string, so a phrase split across nodes
   * ("<b>S</b>tem cells", "young <em>blood</em>") is found too; each match marks every text it touches.
   * Returns indices in increasing order. Never hides a match the scanner would find in the same texts
   * joined; most pages get an empty answer without any per-character JavaScript. `breakBefore(k)`
   * says that text k surely starts another block than text k - 1's (no paragraph spans them): a
   * phrase that needs a context word looks for one on its own side only.
   */
  candidates(texts: readonly string[], breakBefore?: (k: number) => boolean): number[];
  /**
   * The page's topic (its title and headings): an ambiguous phrase whose context word is neither in
   * its sentence nor in its paragraph counts when the page is about it ("TRT" on a testosterone page).
   * Given as a function, it is read on first need only (most pages never ask).
   */
  setPageContext(text: string | (() => string)): void;
}

const flags = (size: number, ids: readonly number[]) => {
  const out = new Uint8Array(size);
  for (const id of ids) out[id] = 1;
  return out;
};

export interface MatcherOptions {
  /** Always read every character in JavaScript (the reference the regex-driven path is tested against). */
  charByChar?: boolean;
  /** The filter RegExp's compact source when the index ships without it (the content script's copy). */
  filterSource?: string;
}

export function createMatcher(index: CompiledIndex, options: MatcherOptions = {}): Matcher {
  // Unpacked on the first text that passes the prefilter: most pages never need the trie at all.
  let trieUnpacked: ReturnType<typeof unpackTrie> | null = null;
  const phraseTrie = () => (trieUnpacked ??= unpackTrie(index.trie));
  const filter = compileFilter(options.filterSource ?? index.prefilter);
  const prefilter = filter?.first ?? null;
  // Context words are needed only around a match: most pages never unpack them.
  let contextTrie: ReturnType<typeof unpackTrie> | null = null;
  const context = () => (contextTrie ??= unpackTrie(index.context.trie));
  const wordCount = index.context.count;
  const open = flags(wordCount, index.context.open);
  const stance = stanceRules(wordCount, index.context.stance, index.context.claim, index.context.debunk);
  const alwaysClaim = index.entries.map((e) => e.category === 'marketing');
  const followers = new Set(index.context.followers);

  /**
   * The context words of the span `around` finds for a match, remembered for the last span read
   * (pages have few matches per sentence, so consecutive matches mostly ask about the same one).
   */
  const contextReader = (around: (text: string, start: number, end: number) => [number, number]) => {
    let lastText = '';
    let lastFrom = -1;
    let lastTo = -1;
    let lastHits: ContextHit[] = [];
    return (text: string, start: number, end: number): ContextHit[] => {
      if (text !== lastText || start < lastFrom || end > lastTo) {
        [lastFrom, lastTo] = around(text, start, end);
        lastText = text;
        lastHits = contextWordsIn(context(), open, text, lastFrom, lastTo);
      }
      return lastHits;
    };
  };
  /** The sentence around a match, and the paragraph (up to PARAGRAPH_REACH each way). */
  const hitsAround = contextReader(sentenceAround);
  const hitsInParagraph = contextReader(paragraphAround);

  /**
   * Context words of the page's title and headings, read on first need: most pages never ask (reading
   * them unpacks the context trie, which a page with nothing ambiguous on it never needs).
   */
  let pageTopicSource: string | (() => string) = '';
  let pageTopicRead: string | null = '';
  const pageTopicText = () => {
    if (pageTopicRead === null) {
      const text = typeof pageTopicSource === 'string' ? pageTopicSource : pageTopicSource();
      pageTopicRead = text.slice(0, PAGE_CONTEXT_LIMIT).trim();
    }
    return pageTopicRead;
  };
  let pageWordsRead: Set<number> | null = null;
  const pageWords = () => {
    if (!pageWordsRead) {
      const topic = pageTopicText();
      pageWordsRead = new Set(topic ? contextWordsIn(context(), open, topic, 0, topic.length).map((h) => h.word) : []);
    }
    return pageWordsRead;
  };
  /** Where the last accepted ambiguous phrase found its context (see Match.context). */
  let decidedBy: Match['context'] | undefined;

  function passes(text: string, phraseId: number, start: number, end: number): boolean {
    const phrase = index.phrases[phraseId];
    if (phrase.caseLetters !== undefined) {
      // NFKC so full-width "ＮＭＮ" keeps its case; a plural "s" may follow the acronym.
      const letters = text.slice(start, end).normalize('NFKC').replace(/[^A-Za-z]/g, '');
      if (letters.slice(0, phrase.caseLetters.length) !== phrase.caseLetters) return false;
    }
    if (phrase.notNear) {
      const notNear = phrase.notNear;
      if (hitsAround(text, start, end).some((h) => (h.end <= start || h.start >= end) && notNear.includes(h.word))) return false;
    }
    if (phrase.before !== undefined) return promiseBefore(text, phraseId, start, end) >= 0;
    decidedBy = undefined;
    if (phrase.near) {
      // A context word must stand outside the phrase itself ("aging" inside "anti-aging" does not count).
      const near = phrase.near;
      const nearBy = (h: ContextHit) => (h.end <= start || h.start >= end) && near.includes(h.word);
      if (hitsAround(text, start, end).some(nearBy)) return true;
      const inParagraph = hitsInParagraph(text, start, end).find(nearBy);
      if (inParagraph) {
        decidedBy = { from: 'paragraph', start: inParagraph.start, end: inParagraph.end };
        return true;
      }
      if (near.some((w) => pageWords().has(w))) {
        decidedBy = { from: 'page' };
        return true;
      }
      return false;
    }
    return true;
  }

  /**
   * Claim grammar: where a promise ("slows", "turn back") ends at most `before` words ahead of the
   * target at [start, end), the promise's start; -1 if there is none, or if a bare target ("aging")
   * is followed by a word that makes it something else ("stop aging pipes").
   */
  function promiseBefore(text: string, phraseId: number, start: number, end: number): number {
    const phrase = index.phrases[phraseId];
    if (phrase.bare && !followedWell(text, end)) return -1;
    const near = phrase.near!;
    let best = -1;
    for (const h of hitsAround(text, start, end)) {
      if (h.end > start || !near.includes(h.word)) continue;
      if (wordsIn(text, h.end, start) <= phrase.before! && (best < 0 || h.start > best)) best = h.start;
    }
    return best;
  }

  /** How many words start in text[from, to). */
  function wordsIn(text: string, from: number, to: number): number {
    let count = 0;
    let inWord = false;
    for (let i = from; i < to; i++) {
      const word = isWord(text.charCodeAt(i));
      if (word && !inWord) count++;
      inWord = word;
    }
    return count;
  }

  /** The word right after `at` (past spaces), lowercased; '' at punctuation or the text's end. */
  function nextWord(text: string, at: number): string {
    let i = at;
    while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 160)) i++;
    let j = i;
    while (j < text.length && isWord(text.charCodeAt(j))) j++;
    return text.slice(i, j).toLowerCase();
  }

  /** A bare target ends a clause (punctuation or the text's end), or a follower word comes next. */
  function followedWell(text: string, end: number): boolean {
    const word = nextWord(text, end);
    return word === '' || followers.has(word);
  }

  const nodes: number[] = [];
  const ends: number[] = [];

  /** The accepted phrase starting at word start `i`, longest first, or -1. Sets acceptedEnd. */
  let acceptedEnd = 0;
  function accept(text: string, i: number): number {
    const trie = phraseTrie();
    walk(trie, text, i, text.length, nodes, ends);
    for (let c = nodes.length - 1; c >= 0; c--) {
      if (!endsWord(text, ends[c])) continue;
      for (const phrase of valuesAt(trie, nodes[c])) {
        if (passes(text, phrase, i, ends[c])) {
          acceptedEnd = ends[c];
          return phrase;
        }
      }
    }
    return -1;
  }

  /** Records the phrase accepted at word start `i`; returns where the scan goes on (or -1: no phrase). */
  function take(text: string, i: number, out: Match[]): number {
    const phrase = accept(text, i);
    if (phrase < 0) return -1;
    const meta = index.phrases[phrase];
    const entry = meta.entry;
    // A possessive belongs to the sentence, not the phrase ("Kineret's label").
    const end = /['\u2019]s$/i.test(text.slice(acceptedEnd - 2, acceptedEnd)) ? acceptedEnd - 2 : acceptedEnd;
    // A grammar match spans its promise too ("slows the aging process"), unless a match before it holds the promise.
    let start = i;
    if (meta.before !== undefined) {
      const promise = promiseBefore(text, phrase, i, end);
      const previous = out.length ? out[out.length - 1].end : 0;
      if (promise >= previous) start = promise;
    }
    const promotes: Promotes = meta.grammar && !meta.mention ? (meta.strong ? 'strong' : 'soft') : alwaysClaim[entry] ? 'soft' : false;
    const reading = readStance(
      stance,
      hitsAround(text, start, end),
      start,
      end,
      promotes,
      (a, b) => wordsIn(text, a, b),
      (at, word) => nextWord(text, at) === word,
      text,
    );
    out.push({
      entry,
      phrase,
      start,
      end,
      kind: reading.stance === 'claim' ? 'claim' : 'mention',
      debunked: reading.stance === 'doubted',
      stance: reading.stance,
      ...(reading.cue ? { cue: reading.cue } : {}),
      ...(decidedBy ? { context: decidedBy } : {}),
    });
    return acceptedEnd;
  }

  /**
   * The most specific card first: a claim-grammar match or a general entry ("anti-aging") gives way
   * where its sentence names a specific entry ("tretinoin reduces fine lines" opens the tretinoin card,
   * painted once); the general entry stays on that card as a second line.
   */
  // 2: grammar and general entries, 1: general phrases of specific entries ("stem cell"), 0: the rest;
  // a match gives way to one of lower rank in its sentence.
  const rank = (m: Match) =>
    index.phrases[m.phrase].grammar === true || index.entries[m.entry].generic === true ? 2 : index.phrases[m.phrase].generic === true ? 1 : 0;
  const yields = (m: Match) => rank(m) > 0;
  function dropGenericClaims(text: string, out: Match[], from: number) {
    let found = false;
    for (let k = from; k < out.length && !found; k++) found = yields(out[k]);
    if (!found) return;
    const kept = out.slice(0, from);
    for (let k = from; k < out.length; k++) {
      const m = out[k];
      if (yields(m)) {
        const [s0, s1] = sentenceAround(text, m.start, m.end);
        const named = out.filter((o) => rank(o) < rank(m) && o.start < s1 && o.end > s0);
        if (named.length) {
          const meta = index.phrases[m.phrase];
          for (const o of named) {
            if (!meta.grammar && o.also === undefined) o.also = m.entry;
            // A strong promise ("can halt and roll back the biological clock") claims what it is said of.
            if (meta.strong && m.stance === 'claim' && o.stance === 'mention') {
              Object.assign(o, { kind: 'claim', stance: 'claim', cue: { start: m.start, end: m.end } });
            }
          }
          continue;
        }
      }
      kept.push(m);
    }
    out.length = 0;
    out.push(...kept);
  }


  /** True when a word starts at `i` (skipped characters before it are transparent) and no glue precedes it: where the char-by-char loop tries a phrase. */
  function wordStartsAt(text: string, i: number): boolean {
    if (!isWord(text.charCodeAt(i))) return false;
    let before = i - 1;
    while (before >= 0 && isSkipped(text.charCodeAt(before))) before--;
    if (before >= 0 && isWord(text.charCodeAt(before))) return false;
    return !(i >= 2 && isGlue(text.charCodeAt(i - 1)) && isWord(text.charCodeAt(i - 2)));
  }

  /**
   * What the RegExp reads for a character outside ASCII, keeping offsets and word boundaries: the
   * ASCII letter or digit it folds to ("é" → "e", "Ｎ" → "N", "β" → "b"); itself when its folding
   * holds no character of any phrase (CJK, quotes, spaces and dashes, which the RegExp reads as
   * separators); null otherwise ("ﬁ" → "fi", "™" → "tm").
   */
  const standIns = new Map<string, string | null>();
  function standIn(c: string): string | null {
    let stand = standIns.get(c);
    if (stand === undefined) {
      const code = c.charCodeAt(0);
      const folded = foldCode(code);
      if (!PHRASE_CHAR.test(folded)) stand = folded === '' ? null : c;
      else if (folded.length === 1 && isWord(folded.charCodeAt(0)) === isWord(code)) {
        // The letter's case is kept where the scanner sees one ("Ｎ" → "N"): acronyms are matched with it.
        const ascii = c.normalize('NFKC');
        stand = ascii.length === 1 && ascii.toLowerCase() === folded ? ascii : folded;
      } else stand = null;
      standIns.set(c, stand);
    }
    return stand;
  }

  /**
   * The text as the RegExp reads it, offset for offset: skipped characters removed and other
   * characters outside ASCII replaced by their stand-ins; null when one has none.
   */
  let foldable = true;
  const replaceByStandIn = (c: string) => {
    const stand = standIn(c);
    if (stand === null) foldable = false;
    return stand ?? c;
  };
  function plainText(text: string): string | null {
    if (!NEEDS_FILTER_FOLD.test(text)) return text;
    foldable = true;
    const read = text.replace(SKIPPED_ALL, '').replace(MAY_FOLD, replaceByStandIn);
    return foldable ? read : null;
  }

  /**
   * For the first pass, a text without a plain reading is read as the scanner folds it ("™" → "tm",
   * "½" → "1⁄2"): offsets shift, which the first pass does not need, and word edges move ("NMN™"
   * reads "nmntm"), so word edges are not checked in or next to such a text.
   */
  const foldedText = (text: string) => text.replace(SKIPPED_ALL, '').replace(MAY_FOLD, (c) => standIn(c) ?? foldCode(c.charCodeAt(0)));

  /** plainText, with the offsets of the removed characters (to map RegExp hits back to the text). */
  function plainReading(text: string): { read: string; removed: number[] } | null {
    const read = plainText(text);
    if (read === null) return null;
    const removed: number[] = [];
    if (read.length !== text.length) {
      SKIPPED_ALL.lastIndex = 0;
      for (let m = SKIPPED_ALL.exec(text); m; m = SKIPPED_ALL.exec(text)) removed.push(m.index);
    }
    return { read, removed };
  }

  // The plain reading of the text last scanned (a huge text is scanned in pieces: read it once).
  let plainOf: string | null = null;
  let plain: { read: string; removed: number[] } | null = null;

  /**
   * The usual path: the filter RegExp finds, at native speed, the few places where a phrase could
   * start, and only those are walked in JavaScript (the char-by-char loop runs slowly in a page that
   * has not warmed up yet). Returns false, for the char-by-char loop, when the text has no plain
   * reading.
   */
  function scanByFilter(prefilter: RegExp, text: string, out: Match[], from: number, n: number): boolean {
    if (text !== plainOf) {
      plainOf = text;
      plain = plainReading(text);
    }
    if (!plain) return false;
    const { read, removed } = plain;
    // Offsets in `read` → offsets in `text` (asked in increasing order): add the removed characters before them.
    let r = 0;
    const toText = (at: number) => {
      while (r < removed.length && removed[r] <= at + r) r++;
      return at + r;
    };
    let start = from;
    for (let k = 0; k < removed.length && removed[k] < from; k++) start--;
    let next = from;
    prefilter.lastIndex = start;
    for (let m = prefilter.exec(read); m; m = prefilter.exec(read)) {
      const i = toText(m.index);
      if (i >= n) break;
      let resume = m.index + 1;
      if (i >= next && wordStartsAt(text, i) && worthWalking(read, m.index)) {
        const end = take(text, i, out);
        if (end >= 0) {
          next = end;
          if (!removed.length) resume = end;
          else while (resume < read.length && toText(resume) < end) resume++;
        }
      }
      prefilter.lastIndex = resume;
    }
    return true;
  }

  function scan(text: string, out: Match[] = [], from = 0, to = text.length): Match[] {
    const first = out.length;
    scanRange(text, out, from, to);
    // A text scanned in slices is settled once, by its caller, when every slice is in.
    if (from === 0 && to >= text.length) dropGenericClaims(text, out, first);
    return out;
  }

  function scanRange(text: string, out: Match[], from: number, to: number): Match[] {
    const n = Math.min(to, text.length);
    if (!options.charByChar && prefilter && scanByFilter(prefilter, text, out, from, n)) return out;
    const trie = phraseTrie();
    // As in the loop below, skipped characters (soft hyphen, apostrophe) do not end the word before `from`.
    let before = from - 1;
    while (before >= 0 && isSkipped(text.charCodeAt(before))) before--;
    let prevWord = before >= 0 && isWord(text.charCodeAt(before));
    for (let i = from; i < n; i++) {
      const c = text.charCodeAt(i);
      // Inlined isWord / isSkipped for ASCII: this loop runs over every character of the page.
      if (c < 128 ? ASCII_WORD[c] === 0 : !isWord(c) || isSkipped(c)) {
        // Skipped characters (some are letters: "ʼ") neither start nor end a word.
        if (c < 128 ? ASCII_FOLD[c] !== -1 : !isSkipped(c)) prevWord = false;
        continue;
      }
      if (prevWord) continue;
      prevWord = true;
      if (!mayStartAt(trie, text, i)) continue;
      if (i >= 2 && isGlue(text.charCodeAt(i - 1)) && isWord(text.charCodeAt(i - 2))) continue;
      const end = take(text, i, out);
      if (end >= 0) i = end - 1;
    }
    return out;
  }

  /** The filter's whole-spelling parts for a first character: without and with letter case. */
  const partsFor = (c: string, needContext: boolean) => [filter!.whole(c, needContext), filter!.whole(c, needContext, true)];

  /** A sticky RegExp's answer at `at` of `text`. */
  const matchesAt = (re: RegExp, text: string, at: number) => {
    re.lastIndex = at;
    return re.test(text);
  };

  /**
   * Whether a whole spelling of a phrase starts at `at` of the joined texts and ends a word: 1 for a
   * phrase that counts alone, 2 for one that needs a context word, 0 for none. A text may end it: the
   * page may have put a separator between texts that the joined string lacks, so the ends of the texts
   * ahead (within the reach of a phrase) are tried as ends too.
   */
  function wholeAt(all: string, at: number, starts: number[], k: number): 0 | 1 | 2 {
    const c = all[at].toLowerCase();
    const endsHere = (whole: RegExp | null) => {
      if (!whole || matchesAt(whole, all, at)) return true;
      for (let j = k + 1; j < starts.length && starts[j] <= at + PHRASE_REACH; j++) {
        if (matchesAt(whole, all.slice(0, starts[j]), at)) return true;
      }
      return false;
    };
    if (partsFor(c, false).some(endsHere)) return 1;
    return partsFor(c, true).some(endsHere) ? 2 : 0;
  }

  /**
   * Whether a context word starts within a paragraph's reach of `at` in the joined texts, other than at
   * `at` itself (a phrase can be its own context word). The joined texts are trimmed, so they are never
   * longer than the block text the scanner reads, and its paragraph lies inside this window. A word may
   * run across texts ("r" + "everse") or end where a text does ("blood" + "for sale"), so the texts are
   * read joined as they are and, failing that, joined by spaces.
   */
  function contextWithinReach(all: string, spaced: () => string, starts: number[], at: number, from: number, to: number): boolean {
    const word = filter!.contextWord(contextKey(all, at));
    if (!word) return true;
    const found = (text: string, toText: (p: number) => number) => {
      const self = toText(at);
      const last = toText(Math.min(to - 1, at + PHRASE_REACH + PARAGRAPH_REACH));
      word.lastIndex = toText(Math.max(from, at - PARAGRAPH_REACH));
      for (let hit = word.exec(text); hit && hit.index <= last; hit = word.exec(text)) {
        if (hit.index !== self) return true;
        word.lastIndex = hit.index + 1;
      }
      return false;
    };
    return found(all, (p) => p) || found(spaced(), (p) => p + lastAtOrBefore(starts, p));
  }

  /**
   * Whether the page's title and headings hold a context word that phrases with this contextKey need
   * (then the page's topic may be the one such a phrase needs).
   */
  const topicHasContext = new Map<string, boolean>();
  function topicMayDecide(key: string): boolean {
    let answer = topicHasContext.get(key);
    if (answer === undefined) {
      const word = filter!.topicWord(key);
      if (word) word.lastIndex = 0;
      const topic = pageTopicText();
      answer = !word || (topic !== '' && word.test(topic));
      topicHasContext.set(key, answer);
    }
    return answer;
  }

  // Where the first two context words (of those phrases starting with a character need) of the text
  // last asked about start (-1: none); two, because a phrase can be its own context word
  // ("testosterone"), which does not count.
  let contextIn: string | null = null;
  const contextAt = new Map<string, [number, number]>();

  /**
   * Whether the trie is worth walking at `at` of a text's plain reading: a whole spelling of a phrase
   * that counts alone starts there, or one of a phrase that needs a context word, and some context
   * word such phrases need stands elsewhere in the text (the scanner wants it in the same paragraph)
   * or in the page's topic.
   */
  function worthWalking(read: string, at: number): boolean {
    const c = read[at].toLowerCase();
    const parts = [...partsFor(c, false), ...partsFor(c, true)];
    if (parts.includes(null) || matchesAt(parts[0]!, read, at) || matchesAt(parts[1]!, read, at)) return true;
    if (!matchesAt(parts[2]!, read, at) && !matchesAt(parts[3]!, read, at)) return false;
    const key = contextKey(read, at);
    const word = filter!.contextWord(key);
    if (!word || topicMayDecide(key)) return true;
    if (read !== contextIn) {
      contextIn = read;
      contextAt.clear();
    }
    let found = contextAt.get(key);
    if (!found) {
      found = [-1, -1];
      word.lastIndex = 0;
      for (let k = 0; k < 2; k++) {
        const hit = word.exec(read);
        found[k] = hit ? hit.index : -1;
        if (hit) word.lastIndex = hit.index + 1;
      }
      contextAt.set(key, found);
    }
    return (found[0] >= 0 && found[0] !== at) || found[1] >= 0;
  }

  function candidates(texts: readonly string[], breakBefore: (k: number) => boolean = () => false): number[] {
    if (!prefilter) return texts.map((_, k) => k);
    const starts = new Array<number>(texts.length);
    // 1: a phrase could be in this text.
    const marked = new Uint8Array(texts.length);
    // 1: the text has no plain reading (rare characters: "ﬁ", "™"), so it is read folded (foldedText).
    const folded = new Uint8Array(texts.length);
    // Whitespace at the ends is not worth the RegExp's time: separators may be empty in the filter.
    // (The page scanner hands over trimmed texts: trim() then returns them as they are.)
    const read = texts.map((t) => t.trim());
    // Only texts with a character outside ASCII need a plain reading: found with one native pass over
    // them all, rather than a RegExp call per text (a page has thousands).
    let length = 0;
    for (let k = 0; k < read.length; k++) {
      starts[k] = length;
      length += read[k].length;
    }
    const raw = read.join('');
    let all = raw;
    NEEDS_FOLD_ANY.lastIndex = 0;
    let changed = false;
    for (let hit = NEEDS_FOLD_ANY.exec(raw); hit; hit = NEEDS_FOLD_ANY.exec(raw)) {
      const k = lastAtOrBefore(starts, hit.index);
      let plain = plainText(read[k]);
      if (plain === null) {
        folded[k] = 1;
        plain = foldedText(read[k]);
      }
      if (plain !== read[k]) {
        read[k] = plain;
        changed = true;
      }
      if (k + 1 >= read.length) break;
      NEEDS_FOLD_ANY.lastIndex = starts[k + 1];
    }
    if (changed) {
      length = 0;
      for (let k = 0; k < read.length; k++) {
        starts[k] = length;
        length += read[k].length;
      }
      all = read.join('');
    }
    /** Whether a folded text starts within a phrase's reach of `at` (in text k or after it). */
    const foldedNear = (k: number, at: number) => {
      for (let j = k; j < texts.length && starts[j] <= at + PHRASE_REACH; j++) if (folded[j]) return true;
      return false;
    };
    let spaced: string | null = null;
    const spacedText = () => (spaced ??= read.join(' '));
    prefilter.lastIndex = 0;
    for (let m = prefilter.exec(all); m; m = prefilter.exec(all)) {
      const first = lastAtOrBefore(starts, m.index);
      // Inside a word ("tame" in "testament") no phrase starts; at the start of a text one may, since
      // the text before it may belong to another block ("<li>Home</li><li>Stem cells</li>"). Where a
      // prefix matched, a whole spelling must too ("Peripherals" is no "peripheral blood stem cell").
      // Near a folded text, neither is checked.
      // A phrase that needs a context word needs one within its paragraph's reach, or in the page's
      // topic ("Sleep Disorders" in a menu is not about ageing).
      if (!foldedNear(first, m.index)) {
        let whole = m.index > starts[first] && isWord(all.charCodeAt(m.index - 1)) ? 0 : wholeAt(all, m.index, starts, first);
        if (whole === 2 && !topicMayDecide(contextKey(all, m.index))) {
          // The block boundaries on either side of the text the phrase starts in.
          // (Looked for within the paragraph's reach only: a page of 100,000 texts has no breaks to find.)
          let from = first;
          while (from > 0 && !breakBefore(from) && starts[from] > m.index - PARAGRAPH_REACH) from--;
          let to = first + 1;
          while (to < texts.length && !breakBefore(to) && starts[to] <= m.index + PHRASE_REACH + PARAGRAPH_REACH) to++;
          // A folded text ("Ⓐaging" reads "aaging") may hide a context word: then nothing is ruled out.
          let foldedInReach = false;
          for (let j = from; j < to && !foldedInReach; j++) foldedInReach = folded[j] === 1;
          const end = to < texts.length ? starts[to] : all.length;
          if (!foldedInReach && !contextWithinReach(all, spacedText, starts, m.index, starts[from], end)) whole = 0;
        }
        if (whole === 0) {
          prefilter.lastIndex = m.index + 1;
          continue;
        }
      }
      const last = lastAtOrBefore(starts, m.index + m[0].length - 1);
      for (let k = first; k <= last; k++) marked[k] = 1;
      // Later matches inside the texts already marked add nothing: go on after them.
      const next = last + 1 < texts.length ? starts[last + 1] : all.length;
      if (next > prefilter.lastIndex) prefilter.lastIndex = next;
    }
    const out: number[] = [];
    for (let k = 0; k < texts.length; k++) if (marked[k]) out.push(k);
    return out;
  }

  const settle = (text: string, matches: Match[]) => {
    dropGenericClaims(text, matches, 0);
    return matches;
  };

  const setPageContext = (text: string | (() => string)) => {
    pageTopicSource = text;
    pageTopicRead = null;
    pageWordsRead = null;
    topicHasContext.clear();
  };

  return { index, scan, settle, candidates, setPageContext };
}

/** NEEDS_FILTER_FOLD, to find such characters across a page's texts at once. */
const NEEDS_FOLD_ANY = new RegExp(NEEDS_FILTER_FOLD.source, 'g');

/** How much of the page's title and headings is read for its topic. */
const PAGE_CONTEXT_LIMIT = 2000;

/**
 * How far (in joined text) a phrase may reach from its start: its letters (the longest spelling has
 * 40) and its separators, which the first pass reads as runs of non-word characters of any length.
 */
const PHRASE_REACH = 256;

/** Skipped characters (folded to nothing), all of them. */
export const SKIPPED_ALL = /['\u00ad\u200b-\u200d\u2060\ufeff\u2018\u2019\u02bc]/g;
/** A character phrases are spelled with (compile.ts refuses phrases with any other). */
const PHRASE_CHAR = /[a-z0-9+:]/;
/**
 * The characters outside ASCII that fold to something phrases are spelled with (skipped characters
 * are removed before; tests/unit/normalize-filter.test.ts checks every BMP character): only these
 * need a stand-in, so dashes, quotes, CJK, Cyrillic or Arabic text cost no callback per character.
 */
export const MAY_FOLD =
  /[\u00aa-\u017f\u01a0-\u0233\u02b0-\u02b8\u02e1-\u02e3\u0391-\u03d0\u1d2c-\u1d65\u1d9c-\u1dbb\u1e00-\u1ef9\u2070-\u20a8\u2100-\u2189\u2460-\u24ea\u2a74\u2c7c\u2c7d\u3250-\u325f\u32b1-\u32cf\u3358-\u33ff\ua7f1-\ua7f4\ufb00-\ufb06\ufb29\ufe13\ufe55-\ufe62\uff0b-\uff5a]/g;
