/** Implementations of the data-source contract: in memory (demos, stories, tests) and REST. */
export type { GenerateMigrationLogsOptions } from './demo-data/generate-migration-logs.js';
export { generateMigrationLogs } from './demo-data/generate-migration-logs.js';
export * from './fetch/index.js';
export * from './in-memory/index.js';
