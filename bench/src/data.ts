import type { MigrationLogDetailsRecord } from '../../src/core/types.js';
import { generateMigrationLogs } from '../../src/data-sources/demo-data/generate-migration-logs.js';

/** Every page and repetition sees the same migrations. */
export const NOW = Date.UTC(2026, 10, 28, 12);

/** The generated demo migrations; record 2 carries 50,000 issues. */
export function benchRecords(count: number): MigrationLogDetailsRecord[] {
  return generateMigrationLogs({ count, seed: 11, now: NOW });
}
