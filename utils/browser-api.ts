import type { browser } from 'wxt/browser';

/** The extension API object, passed into code that should not reach for a global (tests hand in a fake). */
export type BrowserApi = typeof browser;
