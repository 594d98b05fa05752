import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The e2e project: Node drives Chromium (playwright-core) against the built host apps, which
// test/e2e/setup.mjs prepares first (`npm run test:e2e` runs both).
export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    // Real browser, real server, 2 shared cores: generous, since these are not timing tests.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
