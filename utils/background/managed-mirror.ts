/**
 * The organisation's managed settings (storage.managed), read by the background once at start and on
 * every change, checked field by field (managed-settings.ts; problems logged, never thrown) and
 * mirrored into storage.local, where every reader of settings finds them: content scripts cannot read
 * storage.managed in every browser, and one checked copy means one answer for all of them.
 */
import type { BrowserApi } from '../browser-api';
import { flatPolicy, readPolicy } from '../managed-settings';
import { MANAGED_MIRROR_KEY } from '../settings-reader';

/** Reads storage.managed and updates the mirror when it differs; resolves when it is written. */
export async function mirrorManaged(browser: BrowserApi): Promise<void> {
  let raw: unknown = {};
  try {
    raw = await browser.storage.managed.get();
  } catch {
    // Firefox without a policy for this extension rejects ("Managed storage manifest not found"),
    // and some browsers have no managed storage: nothing is managed.
  }
  const { policy, problems } = readPolicy(raw);
  if (problems.length) console.warn('[Evidence Lens] managed settings ignored in part:', problems.join('; '));
  const next = flatPolicy(policy);
  const stored = (await browser.storage.local.get(MANAGED_MIRROR_KEY))[MANAGED_MIRROR_KEY];
  // Written only on a change: every open page re-reads its settings when the mirror changes.
  if (JSON.stringify(stored) !== JSON.stringify(next)) await browser.storage.local.set({ [MANAGED_MIRROR_KEY]: next });
}

/** Keeps the mirror current where the browser reports policy changes (Chrome does; Firefox reads policies at start). */
export function watchManaged(browser: BrowserApi): () => void {
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void mirrorManaged(browser).catch((e) => console.warn('[Evidence Lens] managed settings not read:', e));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
