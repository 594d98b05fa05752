import { MigrationLogError } from '../../core/errors.js';
import { isActiveStatus } from '../../core/status.js';
import type { MigrationLogDetailsRecord, MigrationLogFilter, MigrationLogSort } from '../../core/types.js';
import { createQueryCache, type RowChange } from './query-cache.js';
import { Row } from './rows.js';

/** The migrations of an in-memory source: owned copies, their parsed keys and the query cache. */
export interface Store {
  readonly size: number;
  row(id: string): Row;
  rowAt(index: number): Row;
  /** Replaces migrations' records (the store takes ownership); cached orders follow in one batch. */
  replace(changes: ReadonlyArray<readonly [id: string, record: MigrationLogDetailsRecord]>): void;
  /** Ids of Accepted and In progress migrations: the only ones live progress touches. */
  activeIds(): string[];
  readonly activeCount: number;
  resolve(sort: MigrationLogSort, filter: MigrationLogFilter): Uint32Array;
}

function notFound(id: string): MigrationLogError {
  return new MigrationLogError(`Migration ${id} was not found.`, { kind: 'http', status: 404 });
}

/**
 * Keeps the given records without copying 100,000 of them up front, and never mutates them: a
 * change replaces the record with a new object (copy on write), and callers get copies on read.
 */
export function createStore(records: Iterable<MigrationLogDetailsRecord>): Store {
  const rows: Row[] = [];
  const indexById = new Map<string, number>();
  const active = new Set<string>();

  const place = (index: number, record: MigrationLogDetailsRecord): void => {
    const row = new Row(record);
    rows[index] = row;
    if (isActiveStatus(row.status)) active.add(record.id);
    else active.delete(record.id);
  };

  for (const record of records) {
    // A repeated id replaces the earlier record, as a keyed store would.
    const existing = indexById.get(record.id);
    const index = existing ?? rows.length;
    indexById.set(record.id, index);
    place(index, record);
  }

  const cache = createQueryCache(() => rows);
  const indexOf = (id: string): number => {
    const index = indexById.get(id);
    if (index === undefined) throw notFound(id);
    return index;
  };

  return {
    get size() {
      return rows.length;
    },
    row: (id) => rows[indexOf(id)] as Row,
    rowAt: (index) => rows[index] as Row,
    replace(changes) {
      const changed: RowChange[] = changes.map(([id, record]) => {
        const index = indexOf(id);
        const before = rows[index] as Row;
        place(index, record);
        return { index, before };
      });
      cache.update(changed);
    },
    activeIds: () => [...active],
    get activeCount() {
      return active.size;
    },
    resolve: (sort, filter) => cache.resolve(sort, filter),
  };
}
