import type { MigrationLogDetailsRecord } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/index.js';

/** A fixed "now" so generated times never depend on when the tests run. */
export const NOW = Date.UTC(2025, 5, 15, 12, 0, 0);

export const signal = (): AbortSignal => new AbortController().signal;

/**
 * Generated records plus the kind of mess real servers send: unknown and oddly spelled statuses,
 * broken dates, missing values, and many equal keys so ties must be broken by id.
 */
export function messyRecords(count: number, seed = 3): MigrationLogDetailsRecord[] {
  const records = generateMigrationLogs({ count, seed, now: NOW });
  return records.map((record, i) => {
    if (i % 41 === 7) return { ...record, status: 'PAUSED' };
    if (i % 43 === 8) return { ...record, status: 'COMPLETED_WARNING' };
    if (i % 47 === 9) return { ...record, status: 'in progress' };
    if (i % 53 === 10) return { ...record, startTime: 'not a date' };
    if (i % 59 === 11) return { ...record, progress: null, generatedBy: '   ' };
    if (i % 61 === 12) return { ...record, cutoverDate: '2024-02-30', endTime: undefined };
    if (i % 13 === 0) return { ...record, startTime: '2024-03-01T10:00:00.000Z', progress: 50 };
    return record;
  });
}
