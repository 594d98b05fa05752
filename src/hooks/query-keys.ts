import { canonicalQuery } from '../core/query.js';
import type { IssueLevel, MigrationLogDataSource, MigrationLogQuery } from '../core/types.js';

/*
 * Every cache key the hooks use is built here, so reading, invalidating and cancelling always agree.
 * Shape: [ROOT, sourceId, 'list', query] and [ROOT, sourceId, 'details', id, ('issues', query)?];
 * cancel mutations use the mutation key [ROOT, sourceId, 'cancel'], their variables the migration id.
 * Issues nest under their migration's details key, so invalidating one migration refreshes both.
 */

const ROOT = 'migration-log-view';

// Data sources are objects (often with closures) that cannot go into a key; a per-object number
// gives each its own cache without holding on to it after the host drops it.
const sourceIds = new WeakMap<MigrationLogDataSource, number>();
let nextSourceId = 1;

/** A stable number for a data source object, for cache keys. */
export function dataSourceId(dataSource: MigrationLogDataSource): number {
  let id = sourceIds.get(dataSource);
  if (id === undefined) {
    id = nextSourceId++;
    sourceIds.set(dataSource, id);
  }
  return id;
}

export interface IssuePageKey {
  pageIndex: number;
  pageSize: number;
  level: IssueLevel | null;
}

/** The TanStack Query keys the hooks use, e.g. to invalidate a source's lists after a change of the host's own. */
export const migrationLogKeys = {
  /** Everything cached for one data source. */
  source: (dataSource: MigrationLogDataSource) => [ROOT, dataSourceId(dataSource)] as const,
  /** Every list page of one data source. */
  lists: (dataSource: MigrationLogDataSource) => [ROOT, dataSourceId(dataSource), 'list'] as const,
  /** One list page; the query is canonicalised so equivalent queries share a cache entry. */
  list: (dataSource: MigrationLogDataSource, query: MigrationLogQuery) =>
    [ROOT, dataSourceId(dataSource), 'list', canonicalQuery(query)] as const,
  /** One migration's details, and (as a prefix) its issue pages. */
  details: (dataSource: MigrationLogDataSource, id: string) => [ROOT, dataSourceId(dataSource), 'details', id] as const,
  /** One page of one migration's issues. */
  issues: (dataSource: MigrationLogDataSource, id: string, page: IssuePageKey) =>
    [ROOT, dataSourceId(dataSource), 'details', id, 'issues', page] as const,
  /** The mutation key of every cancel for one data source, so any hook instance can see them pending. */
  cancel: (dataSource: MigrationLogDataSource) => [ROOT, dataSourceId(dataSource), 'cancel'] as const,
};
