import { canonicalQuery, resolveQuery } from '../core/query.js';
import type { MigrationLogQuery } from '../core/types.js';

/** A change to the list query: the fields to replace; missing fields are kept. */
export type MigrationLogQueryUpdate =
  | Partial<MigrationLogQuery>
  | ((previous: MigrationLogQuery) => Partial<MigrationLogQuery>);

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** True when two queries ask for the same rows (empty filter values and status order ignored). */
export function isSameQuery(a: MigrationLogQuery, b: MigrationLogQuery): boolean {
  return sameJson(canonicalQuery(a), canonicalQuery(b)) && sameJson(a.filter, b.filter);
}

/**
 * Applies an update to a query. The rule for paging: an update that changes the filter, the sort or
 * the page size goes back to the first page (page 4 of the old result means nothing in the new
 * one), unless the same update moves `pageIndex` itself to another page, which then wins.
 * Spreading the previous query (`{ ...prev, sort }`) therefore still goes back to page 0.
 */
export function applyQueryUpdate(previous: MigrationLogQuery, update: MigrationLogQueryUpdate): MigrationLogQuery {
  const patch = typeof update === 'function' ? update(previous) : update;
  // A field the patch leaves out (or sets to undefined) keeps its value.
  const next = resolveQuery({
    pageIndex: patch.pageIndex ?? previous.pageIndex,
    pageSize: patch.pageSize ?? previous.pageSize,
    sort: patch.sort ?? previous.sort,
    filter: patch.filter ?? previous.filter,
  });
  // Anything but the page changed the rows asked for: the filter (as sent), the sort or the page size.
  const reshaped = !sameJson(canonicalQuery({ ...previous, pageIndex: 0 }), canonicalQuery({ ...next, pageIndex: 0 }));
  const movedPage = next.pageIndex !== previous.pageIndex;
  return reshaped && !movedPage ? { ...next, pageIndex: 0 } : next;
}
