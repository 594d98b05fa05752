/**
 * Implementations of the data-source contract: in memory (demos, stories, tests) and REST, plus a
 * chaos wrapper (tests and demos only) that makes any source slow, unreliable and out of order.
 */
export * from './chaos/index.js';
export type { GenerateMigrationLogsOptions } from './demo-data/generate-migration-logs.js';
export { generateMigrationLogs } from './demo-data/generate-migration-logs.js';
export * from './fetch/index.js';
export * from './in-memory/index.js';
