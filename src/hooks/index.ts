// The scroll mode's hook first, out of order: its imports then set the order of the helpers all
// the hooks share in a host's bundle, and gzip finds more repeats that way (-12 B host-added in
// `npm run size`; see src/index.ts). The comment below keeps biome from re-sorting.
export type { UseMigrationLogRangeOptions, UseMigrationLogRangeResult } from './useMigrationLogRange.js';
export { DEFAULT_SCROLL_PAGE_SIZE, useMigrationLogRange } from './useMigrationLogRange.js';

// The others, sorted.

export { useResolvedQueryClient } from './query-client.js';
export { migrationLogKeys } from './query-keys.js';
export type { MigrationLogQueryUpdate } from './query-patch.js';
export { DEFAULT_REFRESH_INTERVAL, MIN_REFRESH_INTERVAL } from './refresh-interval.js';
export type { UseCancelMigrationOptions, UseCancelMigrationResult } from './useCancelMigration.js';
export { useCancelMigration } from './useCancelMigration.js';
export type { UseMigrationIssuesOptions, UseMigrationIssuesResult } from './useMigrationIssues.js';
export { useMigrationIssues } from './useMigrationIssues.js';
export type { UseMigrationLogDetailsOptions, UseMigrationLogDetailsResult } from './useMigrationLogDetails.js';
export { useMigrationLogDetails } from './useMigrationLogDetails.js';
export { useMigrationLogs } from './useMigrationLogs.js';
export type {
  MigrationLogListState,
  MigrationLogsStatus,
  UseMigrationLogsOptions,
  UseMigrationLogsResult,
} from './useMigrationLogs.types.js';
export { useNow } from './useNow.js';
