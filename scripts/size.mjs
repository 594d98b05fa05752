// npm run size: what a host page pays, in gzip bytes, for <MigrationLogView> over the REST source.
// Builds tiny host pages with Vite (production, minified) over the built package (dist/, what a
// host installs: tree-shaking is judged on the published file, not on our sources) and compares:
//   floor   = React + react-dom rendering a <div>
//   view    = React + <MigrationLogView dataSource={createFetchDataSource(...)} />
//   host-added = view − floor (our code plus every dependency it pulls in)
//   own     = our code alone for that page (dependencies external), tree-shaken and minified
// Exits non-zero when a figure is over its budget.
import { gzipSync } from 'node:zlib';
import { bundlePage, cleanPages, DEPENDENCIES, ROOT } from './bundle-page.mjs';

const KIB = 1024;
const BUDGETS = { hostAdded: 50 * KIB, own: 15 * KIB };

const pages = {
  floor: `import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(<div>host</div>);`,
  view: `import { createRoot } from 'react-dom/client';
import { MigrationLogView, createFetchDataSource } from '${ROOT}/dist/index.js';
const dataSource = createFetchDataSource({ baseUrl: '/api' });
createRoot(document.getElementById('root')).render(<MigrationLogView dataSource={dataSource} />);`,
  // The same with the opt-in scroll mode, for reference.
  viewScroll: `import { createRoot } from 'react-dom/client';
import { MigrationLogView, createFetchDataSource, scrollMode } from '${ROOT}/dist/index.js';
const dataSource = createFetchDataSource({ baseUrl: '/api' });
createRoot(document.getElementById('root')).render(<MigrationLogView dataSource={dataSource} mode={scrollMode} />);`,
  // Everything the library exports (in-memory source and demo data included), for reference.
  all: `import { createRoot } from 'react-dom/client';
import * as lib from '${ROOT}/dist/index.js';
window.lib = lib;
createRoot(document.getElementById('root')).render(<div>host</div>);`,
};

const dependencyPages = {
  '@tanstack/react-query (+ query-core)': `import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider, keepPreviousData, useMutation, useQueries, useQuery } from '@tanstack/react-query';
const client = new QueryClient();
function A() {
  const one = useQuery({ queryKey: ['a'], queryFn: async () => 1, placeholderData: keepPreviousData });
  const many = useQueries({ queries: [{ queryKey: ['b'], queryFn: async () => 2 }] });
  const cancel = useMutation({ mutationFn: async () => 1 });
  return <div>{one.data}{many[0].data}{String(cancel.isPending)}</div>;
}
createRoot(document.getElementById('root')).render(<QueryClientProvider client={client}><A /></QueryClientProvider>);`,
  '@radix-ui/react-dialog': `import { createRoot } from 'react-dom/client';
import * as D from '@radix-ui/react-dialog';
createRoot(document.getElementById('root')).render(
  <D.Root><D.Portal><D.Overlay /><D.Content><D.Title>t</D.Title><D.Description>d</D.Description><D.Close>x</D.Close></D.Content></D.Portal></D.Root>,
);`,
  '@tanstack/react-virtual (+ virtual-core)': `import { createRoot } from 'react-dom/client';
import { useVirtualizer } from '@tanstack/react-virtual';
function A() {
  const v = useVirtualizer({ count: 10, getScrollElement: () => null, estimateSize: () => 40 });
  return <div>{v.getVirtualItems().length}</div>;
}
createRoot(document.getElementById('root')).render(<A />);`,
};

const ownEntries = {
  view: `export { MigrationLogView, createFetchDataSource } from '${ROOT}/dist/index.js';`,
  all: `export * from '${ROOT}/dist/index.js';`,
};

/** Builds one entry and returns the gzip size of its code. */
async function bundle(name, source, options) {
  return { gzip: gzipSync(await bundlePage(name, source, options), { level: 9 }).length };
}

// Bytes too: a figure that rounds to the budget may be a few bytes under it or over it.
const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB (${bytes.toLocaleString('en-US')} B)`;
const external = DEPENDENCIES;

try {
  const floor = await bundle('floor', pages.floor);
  const view = await bundle('view', pages.view);
  const viewScroll = await bundle('view-scroll', pages.viewScroll);
  const all = await bundle('all', pages.all);
  const ownView = await bundle('own-view', ownEntries.view, { external });
  const ownAll = await bundle('own-all', ownEntries.all, { external });

  const hostAdded = view.gzip - floor.gzip;
  const rows = [
    ['host page, React alone (floor)', floor.gzip, null],
    ['host page with <MigrationLogView> + REST source', view.gzip, null],
    ['added by <MigrationLogView> with all its dependencies', hostAdded, BUDGETS.hostAdded],
    ['library code for that page (dependencies external)', ownView.gzip, BUDGETS.own],
    ['added by <MigrationLogView mode={scrollMode}> (opt-in scroll mode)', viewScroll.gzip - floor.gzip, null],
    ['whole library, every export (dependencies external)', ownAll.gzip, null],
    ['added by importing every export (incl. in-memory source, demo data)', all.gzip - floor.gzip, null],
  ];
  console.log('\nSize (minified, gzip -9)\n');
  console.log('| what | gzip | budget | |\n| --- | ---: | ---: | --- |');
  let over = false;
  for (const [label, bytes, budget] of rows) {
    const fails = budget !== null && bytes > budget;
    over ||= fails;
    console.log(
      `| ${label} | ${kib(bytes)} | ${budget === null ? '' : kib(budget)} | ${budget === null ? '' : fails ? 'OVER' : 'ok'} |`,
    );
  }
  // Where the weight is: each dependency alone on a React page, used the way the view uses it.
  console.log('\nEach dependency alone on a React page (gzip added over the floor):\n');
  for (const [name, source] of Object.entries(dependencyPages)) {
    const page = await bundle(`dep-${name}`, source);
    console.log(`  ${name.padEnd(44)} ${kib(page.gzip - floor.gzip)}`);
  }
  if (over) {
    console.error('\nOver budget.');
    process.exitCode = 1;
  }
} finally {
  cleanPages();
}
