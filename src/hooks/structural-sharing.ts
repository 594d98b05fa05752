import { isObject } from '../core/normalize-values.js';

/*
 * TanStack's default structural sharing only understands plain JSON: a Date is never "equal", so
 * every normalised row would be a new object after each poll and every memoised row would
 * re-render. These functions keep the previous object wherever the new one holds the same values.
 */

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Returns `next`, with every part deep-equal to the same part of `prev` replaced by `prev`'s, and
 * `prev` itself when nothing changed. Dates compare by time; arrays by position, except rows,
 * which match by `rowKey`.
 */
export function shareDeep<T>(prev: unknown, next: T): T {
  if (Object.is(prev, next)) return prev as T;
  // Object.is: two invalid dates (NaN) are the same too.
  if (prev instanceof Date && next instanceof Date)
    return (Object.is(prev.getTime(), next.getTime()) ? prev : next) as T;
  if (Array.isArray(prev) && Array.isArray(next)) {
    // Rows (objects with a `rowKey`) match by key, so when a new migration is inserted at the top
    // the rows below keep their identity too; other items match by position.
    const rows = new Map(prev.map((item) => [rowKeyOf(item), item]));
    const shared = next.map((item, i) => {
      const key = rowKeyOf(item);
      return shareDeep(key === undefined ? prev[i] : rows.get(key), item);
    });
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

/** The `rowKey` of a list row; undefined for anything else. */
function rowKeyOf(item: unknown): unknown {
  return isPlainObject(item) ? item.rowKey : undefined;
}
