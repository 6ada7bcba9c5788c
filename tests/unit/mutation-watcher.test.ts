/**
 * What the mutation watcher hands over for a batch: new blocks themselves (a growing feed costs only
 * its new posts), the container when its own text changed, and an empty rescan when blocks only left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { watchMutations } from '../../utils/page/mutation-watcher';

const stops: AbortController[] = [];
afterEach(() => {
  for (const c of stops.splice(0)) c.abort();
  document.body.innerHTML = '';
});

/** Watches the body; resolves with the first batch handed over (the timer fires at once). */
function nextBatch(change: () => void): Promise<{ elements: string[] } | 'full'> {
  const abort = new AbortController();
  stops.push(abort);
  return new Promise((resolve) => {
    watchMutations({
      root: document.body,
      signal: abort.signal,
      setTimer: (fn) => setTimeout(fn, 0),
      onChanges: (elements) => resolve({ elements: elements.map((e) => e.id || e.localName) }),
      onFullRescan: () => resolve('full'),
    });
    change();
  });
}

describe('mutation batches', () => {
  it('hand over appended posts, not the feed they were added to', async () => {
    document.body.innerHTML = '<div id="feed"><p id="p0">Old post</p></div>';
    const feed = document.getElementById('feed')!;
    const batch = await nextBatch(() => {
      for (const id of ['p1', 'p2']) {
        const p = document.createElement('p');
        p.id = id;
        p.textContent = 'Young plasma to reverse aging.';
        feed.appendChild(p);
      }
    });
    expect(batch).toEqual({ elements: ['p1', 'p2'] });
  });

  it('hand over the container when text or an inline element is added to it', async () => {
    document.body.innerHTML = '<p id="p">Stem </p>';
    const p = document.getElementById('p')!;
    const batch = await nextBatch(() => {
      p.append('cell ');
      const em = document.createElement('em');
      em.textContent = 'clinics';
      p.append(em);
    });
    expect(batch).toEqual({ elements: ['p'] });
  });

  it('ask for a rescan of nothing when blocks only left the page (their highlights go)', async () => {
    document.body.innerHTML = '<div id="feed"><p id="p0">Old post</p></div>';
    const batch = await nextBatch(() => document.getElementById('p0')!.remove());
    expect(batch).toEqual({ elements: [] });
  });

  it('ask for a full rescan past 1,000 changed nodes in one batch', async () => {
    document.body.innerHTML = '<div id="feed"></div>';
    const feed = document.getElementById('feed')!;
    const batch = await nextBatch(() => {
      for (let i = 0; i < 1001; i++) feed.appendChild(document.createElement('p'));
    });
    expect(batch).toBe('full');
  });
});
