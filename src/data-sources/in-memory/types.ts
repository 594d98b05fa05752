import type {
  IssueQuery,
  MigrationLogDataSource,
  MigrationLogDetailsRecord,
  MigrationLogQuery,
} from '../../core/types.js';

/** The calls an in-memory source serves. */
export type InMemoryOperation = 'list' | 'get' | 'listIssues' | 'cancel';

/** The arguments of a call, for the `fail` hook. */
export interface InMemoryCallArgs {
  /** The migration, for `get`, `listIssues` and `cancel`. */
  id?: string;
  /** The query of a `list` call. */
  query?: MigrationLogQuery;
  /** The query of a `listIssues` call. */
  issueQuery?: IssueQuery;
}

/** Simulated latency: a fixed delay, or a random one between `min` and `max`. */
export type LatencyOption =
  | number
  | {
      /** Shortest delay, in ms. */
      min: number;
      /** Longest delay, in ms. */
      max: number;
    };

/** How fast active migrations advance in an in-memory source's `liveProgress`. */
export interface LiveProgressOptions {
  /** Clock time between two steps, in ms. */
  intervalMs: number;
  /** Percentage points an in-progress migration advances per step. */
  step: number;
}

/** Options of `createInMemoryDataSource`: simulated latency, failures and live progress. */
export interface InMemoryDataSourceOptions {
  /** Delay of every call in ms, honouring the AbortSignal. @default 0 (answers on the next microtask) */
  latency?: LatencyOption;
  /** Share of calls (0–1) that fail with a simulated HTTP 503. @default 0 */
  failureRate?: number;
  /**
   * Deterministic failures: return an Error to make that call reject with it, or undefined to let
   * it through. Runs after the latency, like a server answering with an error. @default none
   */
  fail?: (operation: InMemoryOperation, args: InMemoryCallArgs) => Error | undefined;
  /**
   * Active migrations advance with the clock: Accepted becomes In progress after one step, then
   * progress grows by `step` every `intervalMs` until the migration completes. @default off
   */
  liveProgress?: LiveProgressOptions;
  /** The clock, in epoch ms. Inject one in tests and stories. @default Date.now */
  now?: () => number;
  /** Seed of everything random here: latency, failures, generated issues. @default 1 */
  seed?: number;
  /** Size of the first page of issues `get` includes in the details. @default 20 */
  detailsIssuePageSize?: number;
}

/** Call counters, to prove in tests that no request is left hanging. */
export interface InMemoryStats {
  /** Calls started. */
  totalCalls: number;
  /** Calls started and not yet settled. */
  openCalls: number;
  /** Calls that ended because their signal aborted. */
  abortedCalls: number;
  /** Calls that rejected for any other reason (simulated or real). */
  failedCalls: number;
}

/** An in-memory data source: every optional method of the contract, plus test helpers. */
export interface InMemoryDataSource extends Required<MigrationLogDataSource> {
  /** A snapshot of the call counters. */
  stats(): InMemoryStats;
  /**
   * Changes one migration (e.g. to simulate a server-side update in a test) and notifies
   * subscribers. Throws a 404 MigrationLogError for an unknown id.
   */
  update(id: string, patch: Partial<Omit<MigrationLogDetailsRecord, 'id'>>): void;
  /** Stops the live-progress timer and drops subscribers. The source still answers calls. */
  dispose(): void;
}
