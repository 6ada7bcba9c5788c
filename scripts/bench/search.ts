/**
 * Popup lookup speed: per-keystroke search time (the query typed one letter at a time) for the
 * shipped entries and for a synthetic base of 10,000 entries built from them.
 */
import type { Entry } from '../../data/schema';
import { buildData } from '../../data/build';
import { createSearch } from '../../utils/search';
import { median } from './pages';

const QUERIES = ['anakinara', 'stemcell clinic', 'nicotinamide ribosid', 'IL1 beta', 'young blod', 'ageing', 'vampire facal', 'biological age test'];

function keystrokes(search: (q: string) => unknown): { median: number; max: number } {
  const times: number[] = [];
  for (const q of QUERIES) {
    for (let i = 1; i <= q.length; i++) {
      const t = performance.now();
      search(q.slice(0, i));
      times.push(performance.now() - t);
    }
  }
  return { median: median(times), max: Math.max(...times) };
}

export function synthetic(entries: Entry[], size: number): Entry[] {
  return Array.from({ length: size }, (_, i) => {
    const base = entries[i % entries.length];
    const n = Math.floor(i / entries.length);
    return { ...base, id: `${base.id}-${n}`, title: `${base.title} (variant ${n})`, phrases: base.phrases.map((p) => (typeof p === 'string' ? `${p} ${n}` : { ...p, text: `${p.text} ${n}` })) };
  });
}

export function benchSearch() {
  const { entries } = buildData();
  const shipped = createSearch(entries);
  keystrokes(shipped); // warm up
  const big = createSearch(synthetic(entries, 10_000));
  keystrokes(big);
  return { entries: entries.length, shipped: keystrokes(shipped), tenThousand: keystrokes(big) };
}
