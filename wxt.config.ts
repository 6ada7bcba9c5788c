import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { evidenceData } from './data/vite-plugin';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT_EL_TEST_HOOKS=1 builds the e2e tests' copy, with utils/page/test-hooks.ts compiled in, beside
  // the release build (.output/chrome-mv3-test), so the release build never carries them.
  ...(process.env.WXT_EL_TEST_HOOKS ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  // Production builds only: WXT's dev server would need a localhost connection.
  vite: () => ({
    plugins: [preact(), evidenceData()],
    build: { sourcemap: false },
  }),
  // The sources zip Firefox reviewers rebuild from (docs/store/amo-review.md): the tree as committed,
  // plus the Node version files (dotfiles are left out by default), minus what .gitignore keeps out.
  zip: {
    includeSources: ['**/*', '.node-version', '.nvmrc'],
    excludeSources: ['test-results/**', 'stats.html', '**/*.log', 'tmp/**'],
  },
  manifest: ({ browser }) => ({
    name: 'Evidence Lens',
    description:
      'Honest context on anti-aging and stem-cell health claims, right where you read them. Private: nothing leaves your browser.',
    // storage: settings. contextMenus: "Look up in Evidence Lens". Nothing else is needed:
    // the content script's match pattern gives page access, and the badge needs no permission.
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Evidence Lens' },
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Jump to the next highlighted claim',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Jump to the previous highlighted claim',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Turn highlighting on or off for this site',
      },
      // Chrome allows four suggested shortcuts per extension: this is the fourth.
      'pause-site': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Pause highlighting on this site for an hour (again: resume)',
      },
    },
    // What an organisation may set through Chrome's policy for this extension (docs/managed-settings.md);
    // Firefox reads its enterprise policy's "3rdparty" section and needs no schema.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'evidence-lens@evidence-lens.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
