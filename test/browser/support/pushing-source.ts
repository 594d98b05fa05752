import type { MigrationLogDataSource, MigrationLogDetailsRecord, MigrationLogRecord } from '../../../src/core/types.js';

const START = Date.UTC(2026, 10, 28, 9);

/** An active migration started `minutesAgo` before 2026-11-28 09:00 UTC, run by `user-<id>`. */
export const activeMigration = (id: string, minutesAgo: number): MigrationLogRecord => ({
  id,
  status: 'in-progress',
  startTime: new Date(START - minutesAgo * 60_000).toISOString(),
  generatedBy: `user-${id}`,
  cutoverDate: '2026-01-01',
  progress: 40,
});

/**
 * A server with live updates over `initial`, for the tests of what a refresh does to focus and
 * announcements: it pages and filters by status as asked (the records stay in the order given),
 * and `change` edits its records and pushes the change to the view.
 */
export function pushingSource(initial: MigrationLogRecord[]) {
  let items = initial;
  const listeners = new Set<() => void>();
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize, filter }) => {
      const shown = items.filter((item) => filter.statuses?.includes(item.status as never) ?? true);
      return { items: shown.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), total: shown.length };
    },
    get: async (id) => items.find((item) => item.id === id) as MigrationLogDetailsRecord,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const change = (edit: (items: MigrationLogRecord[]) => MigrationLogRecord[]) => {
    items = edit(items);
    for (const listener of listeners) listener();
  };
  return { source, change };
}
