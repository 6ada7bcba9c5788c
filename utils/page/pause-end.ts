/**
 * Ends a timed pause in an open page: one timer to the stored end time, tied to WXT's context. The
 * status itself is always decided against the clock (utils/pause.ts), so a sleeping computer or a
 * timer that fires late only delays the resumption, never loses it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteStatus } from '../highlight-filter';

/** (Re)arms the timer for `status`; `wake` runs when the pause is over. */
export function createPauseEnd(ctx: ContentScriptContext, wake: () => void) {
  let timer: number | undefined;
  return (status: SiteStatus) => {
    clearTimeout(timer);
    if (status.active || status.reason !== 'paused') return;
    // Timers hold at most 2^31-1 ms; a pause is shorter (MAX_PAUSE_MS), this only guards the clock.
    timer = ctx.setTimeout(wake, Math.min(Math.max(0, status.until - Date.now()) + 50, 2 ** 31 - 1));
  };
}
