// Bundles a tiny host page the way a host app's production build would (Vite, minified, one chunk)
// and returns its code. Shared by `npm run size` and the tree-shaking check.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const ROOT = resolve(import.meta.dirname, '..');
/** Our dependencies and peers, for bundles of the library's own code alone. */
export const DEPENDENCIES = [/^react($|\/)/, /^react-dom($|\/)/, /^@radix-ui\//, /^@tanstack\//];

// Inside the project, so the entries resolve react and friends from node_modules.
const work = join(ROOT, 'node_modules/.cache/mlv-pages');

/** Builds `source` (JSX, an entry module) and returns the code of all its JS chunks, joined. */
export async function bundlePage(name, source, { external = [], minify = true } = {}) {
  const dir = join(work, name.replace(/[^\w-]+/g, '_'));
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'entry.jsx');
  writeFileSync(entry, source);
  const output = await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    mode: 'production',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [react()],
    build: {
      write: false,
      minify,
      modulePreload: false,
      rolldownOptions: {
        input: entry,
        external,
        preserveEntrySignatures: 'exports-only',
        // one chunk, so the figure is what a bundling host would ship
        output: { format: 'es', codeSplitting: false },
      },
    },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((c) => c.type === 'chunk');
  return chunks.map((c) => c.code).join('\n');
}

export function cleanPages() {
  rmSync(work, { recursive: true, force: true });
}
