import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
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
    ],
  },
});
