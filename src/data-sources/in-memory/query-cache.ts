import type { MigrationLogFilter, MigrationLogSort } from '../../core/types.js';
import { compileFilter, filterKey, isEmptyFilter, rowPredicate } from './filter.js';
import type { Row } from './rows.js';
import { idRanks, sortRowIndexes } from './sort.js';

/** Enough for a user flipping between filters and sorts; each entry is one Uint32Array. */
const MAX_FILTERED = 32;

export interface QueryCache {
  /** Row indexes matching the filter, in sort order. Cached until `invalidate`. */
  resolve(sort: MigrationLogSort, filter: MigrationLogFilter): Uint32Array;
  /** Forget everything: call on any data change. */
  invalidate(): void;
}

/**
 * Two levels, so typing in the search box never re-sorts: the full sorted order per sort (at
 * most 12), then the filtered slice of it per sort + filter (least recently used dropped first).
 */
export function createQueryCache(rows: () => readonly Row[]): QueryCache {
  const sorted = new Map<string, Uint32Array>();
  const filtered = new Map<string, Uint32Array>();
  // Survives invalidation: changes never add, remove or rename rows.
  let ranks: Uint32Array | undefined;

  const sortedOrder = (sort: MigrationLogSort): Uint32Array => {
    const key = `${sort.field}:${sort.direction}`;
    let order = sorted.get(key);
    if (!order) {
      ranks ??= idRanks(rows());
      order = sortRowIndexes(rows(), sort, ranks);
      sorted.set(key, order);
    }
    return order;
  };

  return {
    resolve(sort, rawFilter) {
      const filter = compileFilter(rawFilter);
      const order = sortedOrder(sort);
      if (isEmptyFilter(filter)) return order;
      const key = `${sort.field}:${sort.direction}:${filterKey(filter)}`;
      const hit = filtered.get(key);
      if (hit) {
        filtered.delete(key);
        filtered.set(key, hit);
        return hit;
      }
      const all = rows();
      const matches = rowPredicate(filter);
      const result = new Uint32Array(order.length);
      let length = 0;
      for (const index of order) if (matches(all[index] as Row)) result[length++] = index;
      const trimmed = result.slice(0, length);
      filtered.set(key, trimmed);
      if (filtered.size > MAX_FILTERED) filtered.delete(filtered.keys().next().value as string);
      return trimmed;
    },
    invalidate() {
      sorted.clear();
      filtered.clear();
    },
  };
}
