import type { MigrationLog, MigrationLogListResult } from '../core/types.js';

/*
 * TanStack's default structural sharing only understands plain JSON: a Date is never "equal", so
 * every normalised row would be a new object after each poll and every memoised row would
 * re-render. These functions keep the previous object wherever the new one holds the same values.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Returns `next`, with every part deep-equal to the same part of `prev` replaced by `prev`'s, and
 * `prev` itself when nothing changed. Dates compare by time; arrays by position.
 */
export function shareDeep<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  // Object.is: two invalid dates (NaN) are the same too.
  if (prev instanceof Date && next instanceof Date)
    return (Object.is(prev.getTime(), next.getTime()) ? prev : next) as T;
  if (Array.isArray(prev) && Array.isArray(next)) {
    const shared = next.map((item, i) => shareDeep(prev[i], item));
    const same = prev.length === next.length && shared.every((item, i) => item === prev[i]);
    return (same ? prev : shared) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const nextKeys = Object.keys(next);
    const shared: Record<string, unknown> = {};
    let same = nextKeys.length === Object.keys(prev).length;
    for (const key of nextKeys) {
      const value = shareDeep(prev[key], next[key]);
      shared[key] = value;
      if (!(key in prev) || value !== prev[key]) same = false;
    }
    return (same ? prev : shared) as T;
  }
  return next;
}

function isListResult(value: unknown): value is MigrationLogListResult {
  return isPlainObject(value) && Array.isArray(value.items);
}

/**
 * Structural sharing for a list page. Rows are matched by `rowKey`, not position, so when a new
 * migration is inserted at the top the rows below keep their identity too.
 */
export function shareListResult(prev: unknown, next: unknown): unknown {
  if (!isListResult(prev) || !isListResult(next)) return next;
  const previousRows = new Map<string, MigrationLog>(prev.items.map((row) => [row.rowKey, row]));
  const items = next.items.map((row) => shareDeep(previousRows.get(row.rowKey), row));
  const sameItems = items.length === prev.items.length && items.every((row, i) => row === prev.items[i]);
  if (sameItems && next.total === prev.total && next.hasNextPage === prev.hasNextPage) return prev;
  return { ...next, items: sameItems ? prev.items : items };
}
