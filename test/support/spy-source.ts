import type { MigrationLogDataSource, MigrationLogQuery } from '../../src/core/types.js';

export interface SpySource extends MigrationLogDataSource {
  /** Every query `list` received, in order. */
  listQueries: MigrationLogQuery[];
  lastQuery(): MigrationLogQuery;
}

/** Wraps a source and records what the view asked it for. */
export function spySource<T extends MigrationLogDataSource>(source: T): T & SpySource {
  const listQueries: MigrationLogQuery[] = [];
  return Object.assign(Object.create(source) as T, source, {
    listQueries,
    list: (query: MigrationLogQuery, ctx: { signal: AbortSignal }) => {
      listQueries.push(structuredClone(query));
      return source.list(query, ctx);
    },
    lastQuery: () => {
      const last = listQueries.at(-1);
      if (!last) throw new Error('list was never called');
      return last;
    },
  });
}
