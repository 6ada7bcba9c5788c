import { describe, expect, it } from 'vitest';
import { BadgeCounts, badgeText } from '../../utils/background/badge-counts';
import { placeCard, GAP, MARGIN } from '../../utils/page/place-card';
import { sourceOffsetMap, lineIndex } from '../../utils/cli/source-offsets';
import { ToBackgroundSchema, ToContentSchema, parseMessage, isFromOurExtension } from '../../utils/messages';
import { outermost } from '../../utils/page/mutation-watcher';
import { vi } from 'vitest';

describe('badge counts', () => {
  it('counts distinct entries across the frames of a tab, and forgets on navigation', () => {
    const counts = new BadgeCounts();
    expect(counts.report(1, 0, ['nmn', 'gdf11'])).toBe(2);
    expect(counts.report(1, 7, ['nmn', 'exosome-therapy'])).toBe(3);
    expect(counts.report(1, 7, [])).toBe(2);
    counts.clear(1);
    expect(counts.count(1)).toBe(0);
    expect([badgeText(0), badgeText(5), badgeText(1234)]).toEqual(['', '5', '999+']);
  });
});

describe('card placement', () => {
  const viewport = { width: 1000, height: 800 };
  const card = { width: 380, height: 300 };
  it('goes below the phrase when it fits, never over it', () => {
    const spot = placeCard({ left: 100, top: 100, width: 80, height: 20 }, card, viewport);
    expect(spot).toEqual({ left: 100, top: 120 + GAP, placement: 'below' });
  });
  it('flips above near the bottom', () => {
    const spot = placeCard({ left: 100, top: 700, width: 80, height: 20 }, card, viewport);
    expect(spot.placement).toBe('above');
    expect(spot.top + card.height).toBeLessThanOrEqual(700 - GAP);
  });
  it('shortens itself rather than cover the phrase when neither side has room', () => {
    const tall = { width: 380, height: 600 };
    const anchor = { left: 100, top: 380, width: 80, height: 20 };
    const spot = placeCard(anchor, tall, viewport);
    expect(spot.placement).toBe('below');
    expect(spot.top).toBe(anchor.top + anchor.height + GAP);
    expect(spot.top + spot.maxHeight!).toBeLessThanOrEqual(viewport.height - MARGIN);
  });

  it('stays inside the viewport at the right edge', () => {
    const spot = placeCard({ left: 950, top: 100, width: 40, height: 20 }, card, viewport);
    expect(spot.left + card.width).toBeLessThanOrEqual(viewport.width - MARGIN);
  });
});

describe('source offsets (CLI)', () => {
  it('maps decoded text back through character references and CRLF', () => {
    const raw = 'AT&amp;T &#8217;stem\r\ncell';
    const decoded = 'AT&T \u2019stem\ncell';
    const map = sourceOffsetMap(raw, decoded);
    expect(raw.slice(map(decoded.indexOf('stem')), map(decoded.indexOf('cell') + 4))).toBe('stem\r\ncell');
    expect([map(2), map(3)]).toEqual([2, 7]); // "&" comes from the reference at 2; "T" follows it at 7
    expect(map(decoded.length)).toBe(raw.length);
  });
  it('numbers lines from 1', () => {
    const line = lineIndex('a\nb\nc');
    expect([line(0), line(2), line(4)]).toEqual([1, 2, 3]);
  });
});

describe('message contract', () => {
  it('accepts our shapes and drops anything else with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseMessage(ToBackgroundSchema, { type: 'get-entry', id: 'nmn' }, 't')).toEqual({ type: 'get-entry', id: 'nmn' });
    expect(parseMessage(ToBackgroundSchema, { type: 'get-entry', id: '<script>' }, 't')).toBeNull();
    expect(parseMessage(ToBackgroundSchema, { type: 'page-entries', entries: ['a'], extra: 1 }, 't')).toBeNull();
    expect(parseMessage(ToContentSchema, { type: 'reveal' }, 't')).toBeNull();
    expect(parseMessage(ToContentSchema, 'get-page-state', 't')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(4);
    warn.mockRestore();
  });
  it('only our extension may send', () => {
    expect(isFromOurExtension({ id: 'abc' }, 'abc')).toBe(true);
    expect(isFromOurExtension({ id: 'other' }, 'abc')).toBe(false);
    expect(isFromOurExtension(undefined, 'abc')).toBe(false);
  });
});

describe('mutation batches', () => {
  it('keep only the outermost changed elements', () => {
    document.body.innerHTML = '<div id="a"><p id="b"><span id="c"></span></p></div><p id="d"></p>';
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    expect(outermost(new Set([c, b, a, d]))).toEqual([a, d]);
  });
});

describe('highlight styles', () => {
  it('the manifest style sheet is generated from the colour table (npm run styles)', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { PROJECT_ROOT } = await import('../../data/load-from-disk');
    const { contentStyleSheet } = await import('../../utils/page/highlight-css');
    expect(readFileSync(join(PROJECT_ROOT, 'entrypoints', 'content', 'style.css'), 'utf8')).toBe(contentStyleSheet());
  });
});
