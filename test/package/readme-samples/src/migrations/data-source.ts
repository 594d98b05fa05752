// The host's data source that the README's contract test imports (`../src/migrations/data-source`).
import { createInMemoryDataSource } from 'migration-log-view';

export const myDataSource = createInMemoryDataSource([]);
