import type { MigrationLogFilter, MigrationLogQuery, MigrationLogSortField } from './types.js';

/** Page sizes offered by default. */
export const DEFAULT_PAGE_SIZES: readonly number[] = [10, 25, 50, 100];

/** Newest start first, 25 rows, no filter. */
export const DEFAULT_QUERY: MigrationLogQuery = Object.freeze({
  pageIndex: 0,
  pageSize: 25,
  sort: Object.freeze({ field: 'startTime', direction: 'desc' }),
  filter: Object.freeze({}),
}) as MigrationLogQuery;

export const SORT_FIELDS: readonly MigrationLogSortField[] = [
  'startTime',
  'endTime',
  'generatedBy',
  'cutoverDate',
  'progress',
  'status',
];

/** Fills a partial query from the defaults. */
export function resolveQuery(partial?: Partial<MigrationLogQuery>): MigrationLogQuery {
  return {
    pageIndex: Math.max(0, Math.floor(partial?.pageIndex ?? DEFAULT_QUERY.pageIndex)),
    pageSize: Math.max(1, Math.floor(partial?.pageSize ?? DEFAULT_QUERY.pageSize)),
    sort: partial?.sort ?? DEFAULT_QUERY.sort,
    filter: partial?.filter ?? DEFAULT_QUERY.filter,
  };
}

/** True when any filter narrows the list. */
export function hasActiveFilter(filter: MigrationLogFilter): boolean {
  return Boolean(
    (filter.statuses && filter.statuses.length > 0) ||
      filter.generatedBy?.trim() ||
      filter.search?.trim() ||
      filter.startedFrom ||
      filter.startedTo,
  );
}

/** A canonical form of a query for cache keys: empty filter values dropped, statuses sorted. */
export function canonicalQuery(query: MigrationLogQuery): MigrationLogQuery {
  const filter: MigrationLogFilter = {};
  const { statuses, generatedBy, startedFrom, startedTo, search } = query.filter;
  if (statuses && statuses.length > 0) filter.statuses = [...new Set(statuses)].sort();
  if (generatedBy?.trim()) filter.generatedBy = generatedBy.trim();
  if (startedFrom) filter.startedFrom = startedFrom;
  if (startedTo) filter.startedTo = startedTo;
  if (search?.trim()) filter.search = search.trim();
  return { pageIndex: query.pageIndex, pageSize: query.pageSize, sort: { ...query.sort }, filter };
}

/** Number of pages for a total, or null when the total is unknown. */
export function pageCount(total: number | null, pageSize: number): number | null {
  if (total === null) return null;
  return Math.max(1, Math.ceil(total / pageSize));
}
