import type { MigrationIssueRecord, MigrationLogDetailsRecord } from '../../core/types.js';
import { createRandom } from '../random.js';
import { cancelMigration } from './cancel.js';
import { issuePage } from './issues.js';
import { advanceMigration } from './live-progress.js';
import { createNotifier } from './notifier.js';
import { pageWindow, validSort } from './paging.js';
import { cloneJson, toListRecord } from './rows.js';
import { createSimulator } from './simulation.js';
import { createStore } from './store.js';
import type { InMemoryDataSource, InMemoryDataSourceOptions } from './types.js';

/**
 * A data source over records held in memory that answers like a server: sorted, filtered and
 * paged queries (cached per sort and filter, so paging 100,000 rows stays cheap), details with
 * lazily generated issues, cancel, and optional latency, failures and live progress.
 * It never mutates the records it is given, and every object it returns is a fresh copy.
 */
export function createInMemoryDataSource(
  records: Iterable<MigrationLogDetailsRecord>,
  options: InMemoryDataSourceOptions = {},
): InMemoryDataSource {
  const now = options.now ?? (() => Date.now());
  const seed = options.seed ?? 1;
  const live = options.liveProgress && options.liveProgress.intervalMs > 0 ? options.liveProgress : undefined;
  const store = createStore(records);
  const simulator = createSimulator(options, createRandom(seed));
  /** Issues added by the source itself (a cancellation), listed before a migration's own. */
  const notes = new Map<string, MigrationIssueRecord[]>();
  let timer: ReturnType<typeof setInterval> | undefined;
  let liveFrom = now();

  // Live progress is a function of the clock, applied lazily on each call; the timer only makes
  // subscribers hear about it, so it runs only while someone listens and something is active.
  const advance = (): void => {
    if (!live) return;
    const steps = Math.floor((now() - liveFrom) / live.intervalMs);
    if (steps <= 0) return;
    const from = liveFrom;
    liveFrom += steps * live.intervalMs;
    const stepTime = (step: number): number => from + step * live.intervalMs;
    const active = store.activeIds();
    // One batch, so cached orders are patched (or dropped) once per step rather than once per row.
    store.replace(active.map((id) => [id, advanceMigration(store.row(id).record, steps, live, stepTime)] as const));
    if (active.length > 0) changed();
  };

  const syncTimer = (): void => {
    const wanted = live !== undefined && subscribers.size > 0 && store.activeCount > 0;
    if (wanted && timer === undefined) timer = setInterval(advance, live.intervalMs);
    if (!wanted && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };

  const subscribers = createNotifier(syncTimer);
  const changed = (): void => {
    subscribers.notify();
    syncTimer();
  };

  return {
    list: (query, { signal }) =>
      simulator.run('list', { query }, signal, () => {
        advance();
        const order = store.resolve(validSort(query), query.filter ?? {});
        const { start, size } = pageWindow(query);
        const items = Array.from(order.subarray(start, start + size), (index) =>
          toListRecord(store.rowAt(index).record),
        );
        return { items, total: order.length, hasNextPage: start + size < order.length };
      }),

    get: (id, { signal }) =>
      simulator.run('get', { id }, signal, () => {
        advance();
        const { record } = store.row(id);
        const details = cloneJson(record);
        const firstPage = { pageIndex: 0, pageSize: options.detailsIssuePageSize ?? 20 };
        details.issues = issuePage(record, notes.get(id) ?? [], firstPage, seed);
        return details;
      }),

    listIssues: (id, query, { signal }) =>
      simulator.run('listIssues', { id, issueQuery: query }, signal, () => {
        advance();
        const { start, size } = pageWindow(query);
        const paging = { pageIndex: start / size, pageSize: size, level: query.level };
        return issuePage(store.row(id).record, notes.get(id) ?? [], paging, seed);
      }),

    cancel: (id, { signal }) =>
      simulator.run('cancel', { id }, signal, () => {
        advance();
        const { record, status } = store.row(id);
        const cancelled = cancelMigration(record, status, now());
        notes.set(id, [cancelled.note, ...(notes.get(id) ?? [])]);
        store.replace([[id, cancelled.record]]);
        changed();
      }),

    subscribe: (onChange) => subscribers.subscribe(onChange),

    stats: () => simulator.stats(),

    update(id, patch) {
      advance();
      const { record } = store.row(id);
      store.replace([[id, { ...cloneJson(record), ...cloneJson(patch), id: record.id }]]);
      changed();
    },

    dispose: () => subscribers.clear(),
  };
}
