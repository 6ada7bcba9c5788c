/**
 * The reader's settings as one page sees them: read once at start, followed live, and turned into what
 * this site gets: its status (on, off, paused until…), the phrases hidden here, and the match filter.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { BrowserApi } from '../browser-api';
import type { CompiledIndex } from '../matcher/compile';
import type { EntryLoader } from './entry-loader';
import type { Settings } from '../settings-schema';
import { watchStoredSettings } from '../settings-reader';
import { createMatchFilter, hiddenTermsFor, resolveHiddenPhrases, siteStatus, type SiteStatus } from '../highlight-filter';
import type { MatchFilter } from './page-scanner';

export interface SiteSettings {
  readonly settings: Settings;
  readonly status: SiteStatus;
  /** Which matches to paint, under the current settings and hidden terms. */
  filter(): MatchFilter;
  /** Decides the status again against the clock (a pause has ended). */
  refreshStatus(): void;
}

export async function createSiteSettings(options: {
  ctx: ContentScriptContext;
  browser: BrowserApi;
  host: string;
  index: CompiledIndex;
  initial: Settings;
  getEntry: EntryLoader;
  /** After a stored change has been applied (never after the context is invalidated). */
  onChange: (next: Settings, prev: Settings) => void;
}): Promise<SiteSettings> {
  const { ctx, browser, host, index } = options;
  let settings = options.initial;
  let status = siteStatus(settings, host);
  // Phrases the reader hid on this site (resolved against full entries, only when there are any).
  let hidden = new Set<number>();
  const refreshHidden = async () => {
    hidden = await resolveHiddenPhrases(hiddenTermsFor(settings, host), index, options.getEntry);
  };
  await refreshHidden();

  const unwatch = watchStoredSettings(browser, async (next) => {
    const prev = settings;
    settings = next;
    status = siteStatus(next, host);
    await refreshHidden();
    if (ctx.isInvalid) return;
    options.onChange(next, prev);
  });
  ctx.onInvalidated(unwatch);

  return {
    get settings() {
      return settings;
    },
    get status() {
      return status;
    },
    filter: () => createMatchFilter(settings, index, hidden),
    refreshStatus() {
      status = siteStatus(settings, host);
    },
  };
}
