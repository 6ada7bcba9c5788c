/**
 * The search for open shadow roots: finds nested roots, yields to the page on big documents (with a
 * clock the test controls), and stops early when the session is stopped.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findOpenShadowRoots } from '../../utils/page/shadow-roots';

let clock = 0;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** 2,000 plain elements, then a host whose shadow root holds another host (each look at the clock costs 1 ms). */
function buildPage() {
  document.body.innerHTML = '<div>' + '<span>x</span>'.repeat(2000) + '</div><section id="outer"></section>';
  const outer = document.getElementById('outer')!.attachShadow({ mode: 'open' });
  outer.innerHTML = '<article><aside id="inner"></aside></article>';
  const inner = (outer.getElementById?.('inner') ?? outer.querySelector('#inner'))!.attachShadow({ mode: 'open' });
  inner.innerHTML = '<p>Stem cells</p>';
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1));
  return { outer, inner };
}

describe('findOpenShadowRoots', () => {
  it('finds nested open roots and yields to the page while walking a big document', async () => {
    const { outer, inner } = buildPage();
    let yields = 0;
    const found = await findOpenShadowRoots([document.body], new WeakSet(), { yieldToPage: async () => void yields++ });
    expect(found).toEqual([outer, inner]);
    expect(yields).toBeGreaterThan(0);
  });

  it('does not report a root twice', async () => {
    const { outer } = buildPage();
    const known = new WeakSet<ShadowRoot>();
    const first = await findOpenShadowRoots([document.body], known, { yieldToPage: async () => {} });
    expect(first).toHaveLength(2);
    expect(await findOpenShadowRoots([document.body, outer.host], known, { yieldToPage: async () => {} })).toEqual([]);
  });

  it('stops at the first yield once the session is stopped', async () => {
    buildPage();
    let stopped = false;
    const found = await findOpenShadowRoots([document.body], new WeakSet(), {
      stopped: () => stopped,
      yieldToPage: async () => void (stopped = true),
    });
    expect(found).toEqual([]);
  });
});
