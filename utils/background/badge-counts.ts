/**
 * Badge counting: each frame of a tab reports the entries it highlights; the badge shows how many
 * distinct entries the whole tab has. Pure bookkeeping, so it is unit-tested without a browser.
 */
export class BadgeCounts {
  private tabs = new Map<number, Map<number, Set<string>>>();

  /** Records a frame's entries; returns the tab's distinct count. */
  report(tabId: number, frameId: number, entries: readonly string[]): number {
    let frames = this.tabs.get(tabId);
    if (!frames) this.tabs.set(tabId, (frames = new Map()));
    frames.set(frameId, new Set(entries));
    return this.count(tabId);
  }

  count(tabId: number): number {
    const all = new Set<string>();
    for (const entries of this.tabs.get(tabId)?.values() ?? []) for (const e of entries) all.add(e);
    return all.size;
  }

  /** Navigation or closing: forget the tab. */
  clear(tabId: number): void {
    this.tabs.delete(tabId);
  }

  tabIds(): number[] {
    return [...this.tabs.keys()];
  }
}

/** Badge text: empty for zero, "999+" past three digits. */
export const badgeText = (count: number) => (count <= 0 ? '' : count > 999 ? '999+' : String(count));
