import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A plain app build: the library comes from node_modules (the packed tarball), as in a user's app.
export default defineConfig({
  plugins: [react()],
  build: { sourcemap: true },
});
