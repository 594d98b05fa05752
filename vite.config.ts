import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ESM entry; React, Radix and TanStack stay external so the host dedupes them.
// Two chunks behind it, so React Server Components can import the package: components and hooks in
// client.js under a "use client" banner (bundling drops the directive from source modules), core
// and data sources in core.js without it, so a server calls them instead of getting client
// references (scripts/check-client-boundary.mjs). Two chunks, not one file per module: a host
// bundler keeps each chunk's code together, which gzips smaller.
export default defineConfig({
  plugins: [react()],
  build: {
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: 'index',
    },
    sourcemap: true,
    minify: false,
    rollupOptions: {
      external: [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^@tanstack\//],
      // Required by includeDependenciesRecursively: false; index.js still exports only the public API.
      preserveEntrySignatures: 'allow-extension',
      output: {
        chunkFileNames: '[name].js',
        codeSplitting: {
          groups: [
            { name: 'client', test: /[\\/]src[\\/](components|hooks)[\\/]/, includeDependenciesRecursively: false },
            { name: 'core', test: /[\\/]src[\\/](core|data-sources)[\\/]/, includeDependenciesRecursively: false },
          ],
        },
        banner: (chunk) => (chunk.name === 'client' ? "'use client';" : ''),
      },
    },
  },
});
