import type { MigrationLogFilter, MigrationLogSort } from '../../core/types.js';
import {
  type CompiledFilter,
  compileFilter,
  filterKey,
  isEmptyFilter,
  type RowPredicate,
  rowPredicate,
} from './filter.js';
import type { Row } from './rows.js';
import { KEYS, rowComparator, sortRowIndexes } from './sort.js';

/** Enough for a user flipping between filters and sorts; each entry is one Uint32Array. */
const MAX_FILTERED = 32;

/** The row at `index` in the store was replaced; `before` is the version it replaced. */
export interface RowChange {
  index: number;
  before: Row;
}

export interface QueryCache {
  /** Row indexes matching the filter, in sort order. */
  resolve(sort: MigrationLogSort, filter: MigrationLogFilter): Uint32Array;
  /** Rows were replaced (the store already holds the new ones): keeps every cached order correct. */
  update(changes: readonly RowChange[]): void;
}

interface SortedEntry {
  sort: MigrationLogSort;
  order: Uint32Array;
}

interface FilteredEntry extends SortedEntry {
  matches: RowPredicate;
}

const sortKeyOf = (sort: MigrationLogSort): string => `${sort.field}:${sort.direction}`;

/**
 * Two levels, so typing in the search box never re-sorts: the full sorted order per sort (at
 * most 12), then the filtered slice of it per sort + filter (least recently used dropped first).
 * A change to some rows merges just those rows back into each cached order (no re-sort), so live
 * progress and refreshes over 100,000 rows stay cheap; orders a change cannot affect (a progress
 * change under a sort by start time) are left as they are.
 */
export function createQueryCache(rows: () => readonly Row[]): QueryCache {
  const sorted = new Map<string, SortedEntry>();
  const filtered = new Map<string, FilteredEntry>();

  const sortedOrder = (sort: MigrationLogSort): Uint32Array => {
    const key = sortKeyOf(sort);
    let entry = sorted.get(key);
    if (!entry) {
      entry = { sort, order: sortRowIndexes(rows(), sort) };
      sorted.set(key, entry);
    }
    return entry.order;
  };

  const filterOrder = (order: Uint32Array, matches: RowPredicate): Uint32Array => {
    const all = rows();
    const result = new Uint32Array(order.length);
    let length = 0;
    for (const index of order) if (matches(all[index] as Row)) result[length++] = index;
    return result.slice(0, length);
  };

  /**
   * The order after a batch of changes, without sorting everything again: rows whose sort key or
   * membership changed are taken out, sorted among themselves, and merged back into the rest,
   * which is still in order. O(n + k log k) for k changed rows; untouched rows keep their order.
   */
  const patch = (entry: SortedEntry, changes: ReadonlyMap<number, Row>, matches: RowPredicate | null): Uint32Array => {
    const all = rows();
    const key = KEYS[entry.sort.field];
    const moved: number[] = [];
    for (const [index, before] of changes) {
      const after = all[index] as Row;
      const was = matches === null || matches(before);
      const is = matches === null || matches(after);
      if ((was || is) && !(was && is && key(before) === key(after))) moved.push(index);
    }
    if (moved.length === 0) return entry.order;
    const compare = rowComparator(all, entry.sort);
    const drop = new Set(moved);
    const back = moved.filter((index) => matches === null || matches(all[index] as Row)).sort(compare);
    const result = new Uint32Array(entry.order.length + back.length);
    let length = 0;
    let next = 0;
    for (const index of entry.order) {
      if (drop.has(index)) continue;
      while (next < back.length && compare(back[next] as number, index) < 0) result[length++] = back[next++] as number;
      result[length++] = index;
    }
    while (next < back.length) result[length++] = back[next++] as number;
    return result.slice(0, length);
  };

  return {
    resolve(sort, rawFilter) {
      const filter: CompiledFilter = compileFilter(rawFilter);
      const order = sortedOrder(sort);
      if (isEmptyFilter(filter)) return order;
      const key = `${sortKeyOf(sort)}:${filterKey(filter)}`;
      const hit = filtered.get(key);
      if (hit) {
        filtered.delete(key);
        filtered.set(key, hit);
        return hit.order;
      }
      const matches = rowPredicate(filter);
      const entry: FilteredEntry = { sort, matches, order: filterOrder(order, matches) };
      filtered.set(key, entry);
      if (filtered.size > MAX_FILTERED) filtered.delete(filtered.keys().next().value as string);
      return entry.order;
    },

    update(changes) {
      if (changes.length === 0) return;
      // Each row as it was before the batch, which is what the cached orders reflect.
      const before = new Map<number, Row>();
      for (const change of changes) if (!before.has(change.index)) before.set(change.index, change.before);
      for (const entry of sorted.values()) entry.order = patch(entry, before, null);
      for (const entry of filtered.values()) entry.order = patch(entry, before, entry.matches);
    },
  };
}
