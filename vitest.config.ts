import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';
import { evidenceData } from './data/vite-plugin';

/**
 * Two projects: `unit` (happy-dom, WXT's fake browser, fast) and `e2e` (the built extension in real
 * Chromium and Firefox; a global setup builds both once). `npm test` runs both.
 */
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), preact(), evidenceData()],
        test: {
          name: 'unit',
          // Unit tests run first, e2e after them: browsers measured for long tasks must not share the
          // machine's two cores with fast-check's property tests.
          sequence: { groupOrder: 0 },
          environment: 'happy-dom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          sequence: { groupOrder: 1 },
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Browsers share two cores with each other's processes: give polled expectations time to settle.
          expect: { poll: { timeout: 10_000, interval: 50 } },
        },
      },
    ],
  },
});
