// The package's public values, as the package checks know them: a name added to the public API is
// added here once, and both dist/ checks (check-dist-exports.mjs, check-client-boundary.mjs) see it.

/** Components and hooks: from a "use client" module; a server component may only render or pass them on. */
export const CLIENT_VALUES = [
  'MigrationLogView',
  'MigrationLogTable',
  'MigrationLogDetailsDialog',
  'StatusBadge',
  'scrollMode',
  'useMigrationLogs',
  'useMigrationLogDetails',
  'useMigrationIssues',
  'useCancelMigration',
  'useMigrationLogTable',
  'useMigrationLogRange',
];

/** Everything else: plain code a server component or route handler calls or reads. */
export const SERVER_VALUES = [
  'createInMemoryDataSource',
  'createFetchDataSource',
  'createChaosDataSource',
  'generateMigrationLogs',
  'checkDataSource',
  'normalizeMigrationLog',
  'normalizeMigrationLogPage',
  'normalizeMigrationLogDetails',
  'parseStatus',
  'isActiveStatus',
  'STATUS_DEFINITIONS',
  'MIGRATION_STATUSES',
  'DEFAULT_QUERY',
  'defaultMessages',
  'germanMessages',
  'MigrationLogError',
  'errorText',
  'formatInstant',
  'formatCalendarDate',
  'formatDuration',
  'formatPercent',
  'readMigrationLogUrlState',
  'writeMigrationLogUrlState',
];
