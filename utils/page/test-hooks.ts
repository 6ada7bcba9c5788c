/**
 * Hooks for the e2e tests only, compiled out of release builds: they exist when the extension is built
 * with WXT_EL_TEST_HOOKS=1 (tests/e2e/global-setup.ts builds that copy into .output/*-test), and
 * `import.meta.env.WXT_EL_TEST_HOOKS` is undefined, so the code below is dropped, in every other build.
 */

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
