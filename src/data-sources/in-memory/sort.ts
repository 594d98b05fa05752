import { statusRank } from '../../core/status.js';
import type { MigrationLogSort, MigrationLogSortField } from '../../core/types.js';
import type { Row } from './rows.js';

type SortKey = number | string | null;

/**
 * The key a row sorts by. An unknown status sorts like a missing value: last in both directions,
 * so garbage never tops a list sorted either way.
 */
export const KEYS: Record<MigrationLogSortField, (row: Row) => SortKey> = {
  startTime: (row) => row.startMs,
  endTime: (row) => row.endMs,
  generatedBy: (row) => row.generatedBy,
  cutoverDate: (row) => row.cutoverDate,
  progress: (row) => row.progress,
  status: (row) => (row.status === 'unknown' ? null : statusRank(row.status)),
};

/**
 * Replaces string keys by their rank among the distinct values: sorting the few distinct names
 * once is far cheaper than comparing strings in every one of ~1.7M comparisons.
 */
function toNumbers(keys: readonly SortKey[]): (number | null)[] {
  if (!keys.some((key) => typeof key === 'string')) return keys as (number | null)[];
  const distinct = [...new Set(keys.filter((key): key is string => typeof key === 'string'))].sort();
  const rank = new Map(distinct.map((value, index) => [value, index]));
  return keys.map((key) => (typeof key === 'string' ? (rank.get(key) as number) : null));
}

/** Ids in UTF-16 code unit order, as the default sort orders strings (the store's ids are unique). */
const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Indexes of `rows` in server order: by the sort key in the asked direction, missing values last
 * in both directions, ties by id ascending so pages never overlap or skip a row.
 */
export function sortRowIndexes(rows: readonly Row[], sort: MigrationLogSort): Uint32Array {
  const sign = sort.direction === 'desc' ? -1 : 1;
  // Ties compare ids directly: ranking all ids up front (a sort and a map of 100,000 strings) took
  // longer than the sort itself, for a tie-break most sorts by time seldom need.
  const ids = rows.map((row) => String(row.record.id));
  // Direction and "missing last" folded into one number per row, so the comparator is arithmetic.
  const keys = Float64Array.from(toNumbers(rows.map(KEYS[sort.field])), (key) =>
    key === null ? Number.POSITIVE_INFINITY : sign * key,
  );
  const order = Array.from({ length: rows.length }, (_, i) => i);
  // Infinity - Infinity is NaN, which is falsy: two missing values fall through to the id.
  order.sort((i, j) => (keys[i] as number) - (keys[j] as number) || byId(ids[i] as string, ids[j] as string));
  return Uint32Array.from(order);
}

/**
 * The same order as `sortRowIndexes`, as a comparator of two rows (with their store indexes), for
 * moving one changed row inside a cached order instead of sorting 100,000 rows again.
 */
export function rowComparator(rows: readonly Row[], sort: MigrationLogSort): (i: number, j: number) => number {
  const key = KEYS[sort.field];
  const sign = sort.direction === 'desc' ? -1 : 1;
  return (i, j) => {
    const a = key(rows[i] as Row);
    const b = key(rows[j] as Row);
    if (a !== b) {
      if (a === null) return 1;
      if (b === null) return -1;
      return a < b ? -sign : sign;
    }
    return byId(String((rows[i] as Row).record.id), String((rows[j] as Row).record.id));
  };
}
