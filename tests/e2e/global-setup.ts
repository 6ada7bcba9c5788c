/**
 * Builds the extension for Chrome and Firefox once for the whole e2e run, and checks that the
 * browsers the tests need are installed (a clear error, never a silent skip).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { sharedPath } from '../helpers/shared';
import { CHROMIUM_PATH, FIREFOX_PATH, PROJECT, CHROME_DIR, CHROME_TEST_DIR, FIREFOX_DIR, FIREFOX_TEST_DIR, FIREFOX_TEST_PAUSE_MS } from './paths';

export default function setup() {
  for (const [name, path, pkg] of [
    ['Chromium', CHROMIUM_PATH, 'chromium'],
    ['Firefox ESR', FIREFOX_PATH, 'firefox-esr'],
  ]) {
    if (!existsSync(path)) {
      throw new Error(`${name} is not installed at ${path}. Install it with: sudo apt-get install -y ${pkg} (or run npm test, which installs it as root).`);
    }
  }
  sharedPath('corpus', 'seed', 'article.html');
  if (process.env.EL_SKIP_BUILD !== '1') {
    // The release build, as npm run zip makes it: under Vitest's NODE_ENV=test the JSX transform would
    // switch to its development form (file paths inside, other chunks).
    const env = { ...process.env, NODE_ENV: 'production' };
    execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT, stdio: 'inherit', env });
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: PROJECT, stdio: 'inherit', env });
    // The copy with test-only hooks (utils/page/test-hooks.ts), for the tests that read them.
    execFileSync('npx', ['wxt', 'build'], { cwd: PROJECT, stdio: 'inherit', env: { ...env, WXT_EL_TEST_HOOKS: '1' } });
    const pauseMs = String(FIREFOX_TEST_PAUSE_MS);
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: PROJECT, stdio: 'inherit', env: { ...env, WXT_EL_TEST_HOOKS: '1', WXT_EL_TEST_PAUSE_MS: pauseMs } });
  }
  for (const dir of [CHROME_DIR, FIREFOX_DIR, CHROME_TEST_DIR, FIREFOX_TEST_DIR]) {
    if (!existsSync(`${dir}/manifest.json`)) throw new Error(`The build did not produce ${dir}/manifest.json`);
  }
}
