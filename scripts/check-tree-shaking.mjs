// After the build: a host page that renders only the paged <MigrationLogView> over the REST source
// must not ship what it does not use. Bundles that page from dist/ like a host's production build
// and fails when code of an unused part is in it. `npm run size` gives the bytes; this guards the
// opt-ins (a module-level call in dist/ once kept the whole scroll mode in every page).
import { bundlePage, cleanPages, DEPENDENCIES, ROOT } from './bundle-page.mjs';

/** A marker that only the code of one part contains (a bare `import "…"` of a package that declares
 * no side effects is dropped by the host's bundler, so only imported bindings count). */
const unused = {
  'the scroll mode (scrollMode)': 'mlv-table-scroll--virtual',
  'the German messages (germanMessages)': 'Erneut versuchen',
  'the in-memory data source': 'can no longer be cancelled',
  'the demo data generator': 'acme.example.com',
  // A module-level call of the demo data (its table of hex digits) that a bundler cannot drop alone.
  'the demo data ids (people.ts)': /toString\(16\)\.padStart\(2/,
  'the chaos data source': 'simulated timeout',
  'the development-only contract checks': 'The data-source contract',
  'the data-source check for tests (checkDataSource)': 'the check was aborted',
  'TanStack Table (useMigrationLogTable)': /import\s*\{[^}]*\}\s*from\s*["']@tanstack\/react-table["']/,
};
/** Markers that must be there, so a broken build cannot pass by being empty. */
const used = ['mlv-dialog', 'mlv-table-root', 'migrations'];

try {
  const code = await bundlePage(
    'tree-shaking',
    `export { MigrationLogView, createFetchDataSource } from '${ROOT}/dist/index.js';`,
    { external: DEPENDENCIES },
  );
  const contains = (marker) => (typeof marker === 'string' ? code.includes(marker) : marker.test(code));
  const shipped = Object.entries(unused).filter(([, marker]) => contains(marker));
  const lost = used.filter((marker) => !code.includes(marker));
  if (shipped.length > 0 || lost.length > 0) {
    for (const [part] of shipped) console.error(`A paged <MigrationLogView> page ships ${part}.`);
    for (const marker of lost) console.error(`The page bundle lacks "${marker}": is dist/ complete?`);
    process.exitCode = 1;
  } else {
    console.log(`A paged <MigrationLogView> page ships none of: ${Object.keys(unused).join(', ')}.`);
  }
} finally {
  cleanPages();
}
