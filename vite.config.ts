import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Library build: one ESM entry; React, Radix and TanStack stay external so the host dedupes them.
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
    },
  },
});
