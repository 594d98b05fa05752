import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../../src/core/types.js';

/**
 * One active migration, `m1`, that `finish()` completes, pushing the change to whoever subscribed
 * (the details dialog); `cancel` is the source's cancel, to count calls or to fail.
 */
export function finishingSource(cancel: NonNullable<MigrationLogDataSource['cancel']>) {
  let done = false;
  const listeners = new Set<() => void>();
  const migration = (): MigrationLogDetailsRecord => ({
    id: 'm1',
    status: done ? 'completed' : 'in-progress',
    startTime: '2026-11-28T08:00:00Z',
    endTime: done ? '2026-11-28T09:00:00Z' : null,
    generatedBy: 'ada',
    cutoverDate: '2026-01-01',
    progress: done ? 100 : 40,
  });
  const source: MigrationLogDataSource = {
    list: async () => ({ items: [migration()], total: 1 }),
    get: async () => migration(),
    cancel,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const finish = () => {
    done = true;
    for (const listener of listeners) listener();
  };
  return { source, finish };
}
