// After `vite build`: import the dependencies before core.js, so a host page keeps our two chunks
// side by side. A host bundler lays modules out in the order they are evaluated. As Rolldown writes
// them, index.js and client.js import core.js first, which puts core's code (the default messages,
// formatters, normalisation) before React Query, Radix and TanStack Virtual, over 100 KB away from the
// components that name the same message keys, classes and helpers: beyond gzip's 32 KB window, so
// none of that is shared. Imported after them, core lands right before client.js (-169 B gzip on
// the host page of `npm run size`). Nothing else changes: core.js imports nothing and runs no code
// at load that needs them, so it evaluates the same before or after them.
// Only whole import lines move, and they carry no source mappings, so the .map files stay right.
import { readFileSync, writeFileSync } from 'node:fs';

const DIST = new URL('../dist/', import.meta.url);
const CORE = /\bfrom\s*["']\.\/core\.js["']/;

/**
 * Reorders the import lines at the top of `file` (a stable sort by `rank`), leaving every other
 * line where it was.
 */
function sortImports(file, rank) {
  const url = new URL(file, DIST);
  const lines = readFileSync(url, 'utf8').split('\n');
  const at = lines.flatMap((line, i) => (line.startsWith('import ') ? [i] : []));
  const sorted = at.map((i) => lines[i]).sort((a, b) => rank(a) - rank(b));
  for (const [k, i] of at.entries()) lines[i] = sorted[k];
  writeFileSync(url, lines.join('\n'));
  return sorted;
}

// index.js: client.js (which brings the dependencies) before core.js.
const index = sortImports('index.js', (line) => (CORE.test(line) ? 1 : 0));
// client.js: the dependencies before core.js.
const client = sortImports('client.js', (line) => (CORE.test(line) ? 1 : 0));

const last = (lines) => CORE.test(lines.at(-1) ?? '');
if (!last(index) || !last(client)) {
  throw new Error('order-chunk-imports: dist/index.js and dist/client.js should each import ./core.js.');
}
