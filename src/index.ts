export * from './components/index.js';
export * from './core/index.js';
export * from './data-sources/index.js';
export * from './hooks/index.js';
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
