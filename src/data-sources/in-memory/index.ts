export { createInMemoryDataSource } from './create-in-memory-data-source.js';
export type {
  InMemoryCallArgs,
  InMemoryDataSource,
  InMemoryDataSourceOptions,
  InMemoryOperation,
  InMemoryStats,
  LatencyOption,
  LiveProgressOptions,
} from './types.js';
