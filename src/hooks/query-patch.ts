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
  const next = resolveQuery({ ...previous, ...definedOnly(patch) });
  const before = canonicalQuery(previous);
  const after = canonicalQuery(next);
  const reshaped =
    !sameJson(before.filter, after.filter) || !sameJson(before.sort, after.sort) || before.pageSize !== after.pageSize;
  const movedPage = next.pageIndex !== previous.pageIndex;
  return reshaped && !movedPage ? { ...next, pageIndex: 0 } : next;
}

function definedOnly(patch: Partial<MigrationLogQuery>): Partial<MigrationLogQuery> {
  const result: Partial<MigrationLogQuery> = {};
  if (patch.pageIndex !== undefined) result.pageIndex = patch.pageIndex;
  if (patch.pageSize !== undefined) result.pageSize = patch.pageSize;
  if (patch.sort !== undefined) result.sort = patch.sort;
  if (patch.filter !== undefined) result.filter = patch.filter;
  return result;
}
