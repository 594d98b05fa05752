import type { IssueQuery, MigrationLogDataSource, MigrationLogQuery } from '../../core/types.js';

/** The calls a chaos source disturbs. */
export type ChaosOperation = 'list' | 'get' | 'listIssues' | 'cancel';

/**
 * What happens to one call, decided when it starts:
 * - `answer`: the inner source's answer (or its own error), after the latency;
 * - `fail`: an HTTP 503 after the latency; the inner source is never asked;
 * - `timeout`: no answer for `timeoutMs`, then a `timeout` error;
 * - `garbage`: an answer that breaks the contract (`null`, a string, `{ items: 'nope' }`, …);
 * - `drop`: an `AbortError` nobody asked for, as when a proxy or the browser drops the request.
 */
export type ChaosFate = 'answer' | 'fail' | 'timeout' | 'garbage' | 'drop';

/** Where a call ended: `aborted` when the caller's signal aborted before it settled. */
export type ChaosOutcome = 'pending' | 'answered' | 'failed' | 'timed-out' | 'garbage' | 'dropped' | 'aborted';

/** Options of `createChaosDataSource`: how slow and unreliable the wrapped source becomes. */
export interface ChaosOptions {
  /** Seed of every random choice: the same calls in the same order meet the same fates. @default 1 */
  seed?: number;
  /** Delay of every answer in ms, fixed or random between `min` and `max`. @default 0 */
  latency?: number | { min: number; max: number };
  /** Share of calls (0–1) that fail with a simulated HTTP 503. @default 0 */
  failureRate?: number;
  /** Share of calls (0–1) that time out after `timeoutMs`. @default 0 */
  timeoutRate?: number;
  /** How long a timed-out call hangs before it rejects. @default 10000 */
  timeoutMs?: number;
  /** Share of calls (0–1) answered with something that is not the contract's shape. @default 0 */
  garbageRate?: number;
  /** Share of calls (0–1) that reject with an `AbortError` although the caller did not abort. @default 0 */
  dropRate?: number;
  /**
   * Let a later call answer before an earlier one (each has its own random latency). With `false`
   * answers arrive in call order, as on one HTTP/1.1 connection. @default true
   */
  reorder?: boolean;
  /** The calls to disturb; the others pass straight through (latency included). @default all */
  operations?: readonly ChaosOperation[];
  /** Calls kept in `calls()`, newest last. @default 1000 */
  logSize?: number;
}

/** One call, as `calls()` reports it. Not a snapshot: a pending call's entry is updated in place when it settles. */
export interface ChaosCall {
  /** 1 for the first call of this source, then counting up. */
  seq: number;
  /** The data-source method called. */
  operation: ChaosOperation;
  /** Decided when the call started; always `answer` for an operation not in `options.operations`. */
  fate: ChaosFate;
  /** `pending` until the call settles. A call fated to `answer` ends `failed` when the inner source rejected. */
  outcome: ChaosOutcome;
  /**
   * 1 for the first call of this source to settle, then counting up; with `reorder` not `seq`'s order. Missing while
   * pending.
   */
  settledOrder?: number;
  /** The migration, for `get`, `listIssues` and `cancel`. */
  id?: string;
  /** The query of a `list` call. */
  query?: MigrationLogQuery;
  /** The query of a `listIssues` call. */
  issueQuery?: IssueQuery;
  /** What the caller received, once `answered` (the inner source's answer, not normalised) or `garbage`. */
  answer?: unknown;
  /** What the caller was rejected with, once `failed`, `timed-out`, `dropped` or `aborted`. */
  error?: unknown;
}

/**
 * Counters that prove nothing is left behind: after the last caller is gone, `openCalls`, `openUnabortedCalls` and
 * `subscriptions` are zero. The other three only count up.
 */
export interface ChaosStats {
  /** Calls started; the `seq` of the latest. */
  totalCalls: number;
  /** Calls settled in any way; the `settledOrder` of the latest. */
  settledCalls: number;
  /** Calls not yet settled. */
  openCalls: number;
  /** Open calls whose signal is not aborted: requests someone still waits for. */
  openUnabortedCalls: number;
  /** Calls that settled because their signal aborted (outcome `aborted`). */
  abortedCalls: number;
  /** Subscriptions (`subscribe`) not yet unsubscribed. */
  subscriptions: number;
}

/** A data source that misbehaves on purpose, for tests and stories. */
export interface ChaosDataSource extends MigrationLogDataSource {
  /** The counters at this moment, in a new object each time. */
  stats(): ChaosStats;
  /** The most recent calls, oldest first. */
  calls(): readonly ChaosCall[];
}
