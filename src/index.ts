// Not alphabetical on purpose: a host's bundler lays our modules out in the order they are first
// imported from here, and gzip finds more repeats with the hooks first, then core, then the
// components (-59 B gzip host-added in `npm run size`). Any order behaves the same: no module runs
// code at load that another one's order could change. The comments keep biome from re-sorting.

export * from './hooks/index.js';

// Then core,

export * from './core/index.js';

// then the components and data sources.

export * from './components/index.js';
export * from './data-sources/index.js';
export type {
  MigrationLogColumnDef,
  MigrationLogTableFeatures,
  MigrationLogTableInstance,
  UseMigrationLogTableOptions,
} from './hooks/useMigrationLogTable.js';
export {
  defaultMigrationLogColumns,
  migrationLogColumnHelper,
  useMigrationLogTable,
} from './hooks/useMigrationLogTable.js';
