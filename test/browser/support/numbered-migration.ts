import type { MigrationLogRecord } from '../../../src/core/types.js';

/** Completed migration number `i` (id `m<i>`), started `i` minutes before 1 November 2026: newest first by index. */
export const numberedMigration = (i: number): MigrationLogRecord => ({
  id: `m${i}`,
  status: 'completed',
  startTime: new Date(Date.UTC(2026, 10, 1) - i * 60_000).toISOString(),
  generatedBy: `user${i}@example.com`,
  cutoverDate: '2026-01-01',
  progress: 100,
});
