import { createInMemoryDataSource, generateMigrationLogs } from 'migration-log-view';
import { DATA_COUNT, DATA_NOW, DATA_SEED } from './reference';

// Built on the server from the package's core: a route handler calling it proves those exports are
// plain functions there, not client references.
export const source = createInMemoryDataSource(
  generateMigrationLogs({ count: DATA_COUNT, seed: DATA_SEED, now: DATA_NOW }),
  { seed: DATA_SEED },
);
