import { MigrationLogError } from '../../core/errors.js';
import { SORT_FIELDS } from '../../core/query.js';
import type { MigrationLogQuery, MigrationLogSort } from '../../core/types.js';

/** A whole number of at least `min`, or the fallback for garbage (NaN, strings from a URL). */
function wholeNumber(value: unknown, min: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(min, Math.floor(value)) : fallback;
}

/** Paging of a request, made safe: 0-based index, at least one row per page. */
export function pageWindow(query: { pageIndex: number; pageSize: number }): { start: number; size: number } {
  const size = wholeNumber(query.pageSize, 1, 25);
  return { start: wholeNumber(query.pageIndex, 0, 0) * size, size };
}

/** Rejects a sort a server would not understand with a 400, as a backend would. */
export function validSort(query: MigrationLogQuery): MigrationLogSort {
  const { field, direction } = query.sort ?? {};
  if (!SORT_FIELDS.includes(field) || (direction !== 'asc' && direction !== 'desc')) {
    throw new MigrationLogError(`Cannot sort by "${String(field)}" ${String(direction)}.`, {
      kind: 'http',
      status: 400,
    });
  }
  return { field, direction };
}
