/**
 * What the view must show, computed from the chaos source's call log alone: an independent model
 * of "latest query wins, errors are shown, nothing shown before a failure disappears".
 */
import { isObject } from '../../src/core/normalize-values.js';
import { canonicalQuery } from '../../src/core/query.js';
import type { MigrationLogQuery } from '../../src/core/types.js';
import type { ChaosCall } from '../../src/data-sources/chaos/types.js';

export const UNREADABLE = 'The server sent a response this view cannot read.';
/** A timeout carries no server words: the view says it in its own (translatable) words. */
export const TIMED_OUT = 'The server did not answer in time. Try again later.';

export const queryKey = (query: MigrationLogQuery): string => JSON.stringify(canonicalQuery(query));

/** The message the user must read for a call that did not answer usably. */
export function failureMessage(call: ChaosCall): string {
  if (call.outcome === 'garbage') return UNREADABLE;
  if (call.outcome === 'timed-out') return TIMED_OUT;
  const error = call.error as { message?: unknown } | undefined;
  return typeof error?.message === 'string' ? error.message : '';
}

const idsOf = (answer: unknown): string[] =>
  isObject(answer) && Array.isArray(answer.items) ? answer.items.map((item: { id: string }) => item.id) : [];

/** The query shown from `after` settled calls on (set by the user between two settles). */
export interface QueryChange {
  key: string;
  after: number;
}

export interface ExpectedList {
  /** Row ids in order. */
  ids: string[];
  /** The error banner's message, or null for none. */
  error: string | null;
}

/**
 * Replays the log: a list answer is cached for its query and shown when its query is current; a
 * query change shows its cached answer at once. The latest call for the current query decides
 * between its answer and an error above the last rows shown.
 */
export function expectedList(calls: readonly ChaosCall[], changes: readonly QueryChange[]): ExpectedList {
  const lists = calls.filter((call) => call.operation === 'list' && call.query);
  const settled = lists
    .filter((call) => call.settledOrder !== undefined)
    .sort((a, b) => (a.settledOrder as number) - (b.settledOrder as number));
  const cache = new Map<string, string[]>();
  let shown: string[] = [];
  let current = changes[0]?.key ?? '';
  let next = 1;
  const applyChangesUpTo = (order: number) => {
    while (next < changes.length && (changes[next] as QueryChange).after <= order) {
      current = (changes[next] as QueryChange).key;
      shown = cache.get(current) ?? shown;
      next++;
    }
  };
  for (const call of settled) {
    applyChangesUpTo((call.settledOrder as number) - 1);
    if (call.outcome !== 'answered') continue;
    const key = queryKey(call.query as MigrationLogQuery);
    cache.set(key, idsOf(call.answer));
    if (key === current) shown = idsOf(call.answer);
  }
  applyChangesUpTo(Number.POSITIVE_INFINITY);

  const latest = lists.filter((call) => queryKey(call.query as MigrationLogQuery) === current).at(-1);
  if (!latest) throw new Error(`the current query was never asked for: ${current}`);
  if (latest.outcome === 'pending' || latest.outcome === 'aborted') {
    throw new Error(`the latest call for the current query ended ${latest.outcome}`);
  }
  if (latest.outcome === 'answered') return { ids: idsOf(latest.answer), error: null };
  return { ids: cache.get(current) ?? shown, error: failureMessage(latest) };
}

/**
 * A details answer the dialog can show: an object with an id or a status (its id is the one asked
 * for here); garbage such as `{ rows: [] }` is no migration.
 */
export const isUsableDetails = (call: ChaosCall): boolean =>
  (call.outcome === 'answered' || call.outcome === 'garbage') &&
  isObject(call.answer) &&
  (call.answer.id ?? call.answer.status) != null;
