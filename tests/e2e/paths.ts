import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROME_DIR = join(PROJECT, '.output', 'chrome-mv3');
/** The same build with test-only hooks (utils/page/test-hooks.ts); release builds have none. */
export const CHROME_TEST_DIR = join(PROJECT, '.output', 'chrome-mv3-test');
export const FIREFOX_DIR = join(PROJECT, '.output', 'firefox-mv2');
/**
 * Firefox's copy with test-only hooks, and "Pause for 1 hour" lasting FIREFOX_TEST_PAUSE_MS: its tests
 * drive commands through a page event (utils/page/test-hooks.ts) and cannot wait an hour.
 */
export const FIREFOX_TEST_DIR = join(PROJECT, '.output', 'firefox-mv2-test');
export const FIREFOX_TEST_PAUSE_MS = 8000;
export const FIXTURES = join(PROJECT, 'tests', 'fixtures');
export const DEMO = join(PROJECT, 'demo');
export const SCREENSHOTS = join(PROJECT, 'docs', 'screenshots');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
