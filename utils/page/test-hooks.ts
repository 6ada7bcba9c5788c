/**
 * Hooks for the e2e tests only, compiled out of release builds: they exist when the extension is built
 * with WXT_EL_TEST_HOOKS=1 (tests/e2e/global-setup.ts builds that copy into .output/*-test), and
 * `import.meta.env.WXT_EL_TEST_HOOKS` is undefined, so the code below is dropped, in every other build.
 */
import { COMMANDS, type Command } from '../messages';

/** Shows the frame gate's decision to the test, on the frame's root element. */
export function markFrame(state: 'dormant' | 'started', doc: Document = document): void {
  if (!import.meta.env.WXT_EL_TEST_HOOKS) return;
  doc.documentElement?.setAttribute('data-el-test-frame', state);
}

/** Shows the test where a frame's matcher came from: its parent's (shared) or built in the frame. */
export function markMatcher(source: 'shared' | 'built', doc: Document = document): void {
  if (!import.meta.env.WXT_EL_TEST_HOOKS) return;
  doc.documentElement?.setAttribute('data-el-test-matcher', source);
}

/**
 * Runs a keyboard command from a page event, `el-test-command` with the command's name as its detail,
 * as if the browser's shortcut had reached this frame: Firefox's remote protocol sends no extension
 * commands and opens no extension page, so its e2e tests reach the command's code this way. From the
 * frame on, the path is the real one (content script → background → stored settings → every frame).
 */
export function listenForTestCommands(
  ctx: { addEventListener(target: Window, type: string, handler: (event: Event) => void): void },
  run: (command: Command) => unknown,
  win: Window = window,
): void {
  if (!import.meta.env.WXT_EL_TEST_HOOKS) return;
  ctx.addEventListener(win, 'el-test-command', (event) => {
    const name = (event as CustomEvent).detail;
    if ((COMMANDS as readonly unknown[]).includes(name)) void run(name);
  });
}

/**
 * How long "Pause for 1 hour" lasts in a test build made with WXT_EL_TEST_PAUSE_MS (the Firefox e2e
 * copy: a test cannot wait an hour to see a pause end by itself); 0, meaning an hour, everywhere else.
 */
export function testPauseMs(): number {
  if (!import.meta.env.WXT_EL_TEST_HOOKS) return 0;
  const ms = Number(import.meta.env.WXT_EL_TEST_PAUSE_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : 0;
}

/**
 * Shows the top frame's site status to the test, on the root element: "active", or the reason it is
 * off, and when a pause ends. Lets a test tell "paused" from "not scanned yet" (both paint nothing).
 */
export function markStatus(status: { active: boolean; reason?: string; until?: number }, doc: Document = document): void {
  if (!import.meta.env.WXT_EL_TEST_HOOKS) return;
  const root = doc.documentElement;
  root?.setAttribute('data-el-test-status', status.active ? 'active' : (status.reason ?? 'off'));
  if (status.until) root?.setAttribute('data-el-test-paused-until', String(status.until));
  else root?.removeAttribute('data-el-test-paused-until');
}
