// After the build: the package imports in plain Node from dist/ (no window at import) and exposes
// the public API. Fails loudly when an export goes missing.
import { readFileSync } from 'node:fs';
import { CLIENT_VALUES, SERVER_VALUES } from './public-api.mjs';

const lib = await import(new URL('../dist/index.js', import.meta.url).href);

const values = [...CLIENT_VALUES, ...SERVER_VALUES];
const types = [
  'MigrationLogDataSource',
  'MigrationLogQuery',
  'MigrationLogRecord',
  'MigrationLogDetailsRecord',
  'MigrationLog',
  'MigrationStatus',
  'MigrationLogViewProps',
  'MigrationLogTableProps',
  'StatusBadgeProps',
  'CheckDataSourceOptions',
  'DataSourceReport',
];

const missing = values.filter((name) => lib[name] === undefined);
// Every value is in one of the two lists, so check-client-boundary.mjs checks its side of the split.
const unlisted = Object.keys(lib).filter((name) => !values.includes(name));
// Types vanish at run time: test/package/consumer.tsx type-checks them against dist/ (tsc -p test/package).
const declarations = [
  'core/types.d.ts',
  'core/check-data-source.d.ts',
  'components/index.d.ts',
  'hooks/index.d.ts',
  'data-sources/index.d.ts',
]
  .map((file) => readFileSync(new URL(`../dist/${file}`, import.meta.url), 'utf8'))
  .join('\n');
const missingTypes = types.filter((name) => !new RegExp(`\\b${name}\\b`).test(declarations));

if (missing.length > 0 || missingTypes.length > 0) {
  console.error(`dist/ is missing exports: ${[...missing, ...missingTypes].join(', ')}`);
  process.exit(1);
}
if (unlisted.length > 0) {
  console.error(
    `dist/ exports values not in scripts/public-api.mjs (add each to CLIENT_VALUES or SERVER_VALUES): ${unlisted.join(', ')}`,
  );
  process.exit(1);
}
console.log(`dist/ exports ${values.length} values and ${types.length} checked types; imports in Node without a DOM.`);
