import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

export default defineConfig({
  plugins: [react()],
  // Radix hooks the library imports directly (Radix Dialog ships them too). With a dependency cache
  // from before they were imported, the optimiser found them mid-run, re-bundled, and Vite reloaded
  // the stories under test ("Failed to fetch dynamically imported module"). Listed, they are
  // bundled before any test runs.
  optimizeDeps: { include: ['@radix-ui/react-use-callback-ref', '@radix-ui/react-use-layout-effect'] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          globals: true,
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'test/browser/**', 'node_modules/**'],
          setupFiles: ['test/setup.ts'],
          // jsdom plus user-event is slow on shared 2-core machines; these are not timing tests.
          testTimeout: 30_000,
        },
      },
      {
        // Every story is a test in real Chromium; addon-a11y fails a story on any axe violation.
        extends: true,
        plugins: [storybookTest({ configDir: '.storybook' })],
        test: {
          name: 'storybook',
          testTimeout: 30_000,
          setupFiles: ['test/browser/fail-on-console-error.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        // Browser tests of our own (e.g. every story again in the dark theme).
        extends: true,
        test: {
          name: 'browser',
          globals: true,
          include: ['test/browser/**/*.browser.test.{ts,tsx}'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS } }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
