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

/** Every field a list can be sorted by, in column order. */
export const SORT_FIELDS: readonly MigrationLogSortField[] = [
  'startTime',
  'endTime',
  'generatedBy',
  'cutoverDate',
  'progress',
  'status',
];

/** Times and progress sort newest / highest first on the first click; text sorts A→Z. */
export function firstSortDirection(field: MigrationLogSortField): 'asc' | 'desc' {
  return field === 'generatedBy' || field === 'status' ? 'asc' : 'desc';
}

/** A whole number ≥ `min`; the fallback for NaN or ±Infinity (e.g. `Number('abc')` from a URL). */
export function wholeAtLeast(value: number | undefined, min: number, fallback: number): number {
  // Number.isFinite is false for anything but a number: undefined too.
  return Number.isFinite(value) ? Math.max(min, Math.floor(value as number)) : fallback;
}

/** Fills a partial query from the defaults; page index and size are clamped to whole numbers. */
export function resolveQuery(partial?: Partial<MigrationLogQuery>): MigrationLogQuery {
  return {
    pageIndex: wholeAtLeast(partial?.pageIndex, 0, 0),
    pageSize: wholeAtLeast(partial?.pageSize, 1, DEFAULT_QUERY.pageSize),
    sort: partial?.sort ?? DEFAULT_QUERY.sort,
    filter: partial?.filter ?? DEFAULT_QUERY.filter,
  };
}

/**
 * The filter without its empty values (text trimmed, statuses deduped in their given order): what
 * actually narrows the list.
 */
export function effectiveFilter(filter: MigrationLogFilter = {}): MigrationLogFilter {
  const effective: MigrationLogFilter = {};
  const { statuses, generatedBy, startedFrom, startedTo, search } = filter;
  if (statuses && statuses.length > 0) effective.statuses = [...new Set(statuses)];
  if (generatedBy?.trim()) effective.generatedBy = generatedBy.trim();
  if (startedFrom) effective.startedFrom = startedFrom;
  if (startedTo) effective.startedTo = startedTo;
  if (search?.trim()) effective.search = search.trim();
  return effective;
}

/** True when any filter narrows the list. */
export function hasActiveFilter(filter: MigrationLogFilter): boolean {
  return Object.keys(effectiveFilter(filter)).length > 0;
}

/** A canonical form of a query for cache keys: empty filter values dropped, statuses sorted. */
export function canonicalQuery(query: MigrationLogQuery): MigrationLogQuery {
  const filter = effectiveFilter(query.filter);
  filter.statuses?.sort();
  return {
    pageIndex: query.pageIndex,
    pageSize: query.pageSize,
    sort: { field: query.sort.field, direction: query.sort.direction }, // fixed key order
    filter,
  };
}

/** Number of pages for a total, or null when the total is unknown. */
export function pageCount(total: number | null, pageSize: number): number | null {
  if (total === null) return null;
  return Math.max(1, Math.ceil(total / pageSize));
}
