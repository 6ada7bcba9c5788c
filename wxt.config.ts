import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { evidenceData } from './data/vite-plugin';
import { FRAME_GATE_SCRIPT } from './utils/frame-gate-manifest';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // WXT_EL_TEST_HOOKS=1 builds the e2e tests' copy, with utils/page/test-hooks.ts compiled in, beside
  // the release build (.output/chrome-mv3-test), so the release build never carries them.
  ...(process.env.WXT_EL_TEST_HOOKS ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test' } : {}),
  hooks: {
    // The frame gate is an unlisted script (no WXT wrapper, a few KB): declared here for every frame.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), FRAME_GATE_SCRIPT];
    },
  },
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
    // Name, description, tooltip and command descriptions in the reader's language (public/_locales).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: settings. contextMenus: "Look up in Evidence Lens". scripting: the content app is
    // started in a frame only once that frame has text (utils/background/frame-starter.ts); it adds no
    // install warning. The host permission is the content scripts' own pattern, so it adds none either.
    // The badge needs no permission.
    permissions: ['storage', 'contextMenus', 'scripting'],
    host_permissions: ['<all_urls>'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'next-claim': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_cmd_next__',
      },
      'previous-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_cmd_previous__',
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_cmd_toggle__',
      },
      // Chrome allows four suggested shortcuts per extension: this is the fourth.
      'pause-site': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmd_pause__',
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
