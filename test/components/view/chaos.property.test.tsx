/**
 * The view over a chaos backend. Property test with fast-check: seed 20261128, 200 runs
 * (test/support/property.ts; fast-check prints seed and path on failure).
 *
 * Each run wraps an in-memory source in `createChaosDataSource` (random latency up to 400 ms,
 * answers out of order, 15 % failures, 5 % timeouts, 5 % garbage, 5 % dropped requests; its seed
 * is part of the generated input) and drives a random sequence of user actions: sort, filter,
 * search, page, page size, retry, open, close, cancel, some fired before the previous one settled.
 * After each settle it checks, against a model computed from the source's call log alone
 * (test/support/chaos-model.ts):
 * - the table shows exactly the answer to the latest query, or, when that failed, an error with
 *   the failure's message above the rows shown before it (nothing shown before disappears);
 * - headers and pager show the latest query; while it is still being answered the table says so;
 * - the dialog shows the migration asked for: its latest details, or an error, above the details
 *   shown before when there were some; a failed cancel says why, a cancel that went through says so.
 */
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import fc from 'fast-check';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { DEFAULT_QUERY, resolveQuery } from '../../../src/core/query.js';
import type { MigrationLogQuery } from '../../../src/core/types.js';
import { createChaosDataSource } from '../../../src/data-sources/chaos/create-chaos-data-source.js';
import type { ChaosDataSource } from '../../../src/data-sources/chaos/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { actionArb, perform, SORT_LABELS, type Step } from '../../support/chaos-actions.js';
import {
  expectedList,
  failureMessage,
  isUsableDetails,
  type QueryChange,
  queryKey,
} from '../../support/chaos-model.js';
import { expectNoInjection } from '../../support/dom-safety.js';
import { advance, installFakeClock, settle } from '../../support/fake-clock.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT_MS } from '../../support/property.js';

const NOW = Date.UTC(2026, 10, 28, 12);
// Two in three active, so an opened migration can usually be cancelled.
const RECORDS = generateMigrationLogs({ count: 23, seed: 11, now: NOW }).map((record, i) =>
  i % 3 === 2 ? record : { ...record, status: i % 2 ? 'Accepted' : 'In progress', endTime: null },
);

interface Run {
  chaos: ChaosDataSource;
  client: QueryClient;
  container: HTMLElement;
  changes: QueryChange[];
  query: () => MigrationLogQuery;
  selectedId: () => string | null;
}

function mount(seed: number): Run {
  const chaos = createChaosDataSource(createInMemoryDataSource(RECORDS, { now: () => NOW }), {
    seed,
    latency: { min: 0, max: 400 },
    failureRate: 0.15,
    timeoutRate: 0.05,
    timeoutMs: 1500,
    garbageRate: 0.05,
    dropRate: 0.05,
  });
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Number.POSITIVE_INFINITY } },
  });
  let query = resolveQuery({ ...DEFAULT_QUERY, pageSize: 5 });
  let selectedId: string | null = null;
  const changes: QueryChange[] = [{ key: queryKey(query), after: 0 }];
  const { container } = render(
    <MigrationLogView
      dataSource={chaos}
      queryClient={client}
      defaultQuery={query}
      onQueryChange={(next) => {
        query = next;
        changes.push({ key: queryKey(next), after: chaos.stats().settledCalls });
      }}
      onSelectedIdChange={(id) => {
        selectedId = id;
      }}
      now={NOW}
      refreshInterval={3_600_000}
      locale="en-US"
      timeZone="UTC"
    />,
  );
  return { chaos, client, container, changes, query: () => query, selectedId: () => selectedId };
}

function checkTable(run: Run): void {
  const root = run.container.querySelector('.mlv-table-root') as HTMLElement;
  const expected = expectedList(run.chaos.calls(), run.changes);
  const rows = [...root.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')].map((row) => row.dataset.rowKey);
  expect(rows).toEqual(expected.ids);
  const banner = root.querySelector('[role="alert"]');
  if (expected.error === null) expect(banner).toBeNull();
  else {
    expect(banner).toHaveTextContent(expected.error);
    expect(banner?.parentElement?.querySelector('button')).toHaveTextContent('Retry');
  }

  const { sort, pageIndex } = run.query();
  const sorted = root.querySelector(`th[aria-sort="${sort.direction === 'asc' ? 'ascending' : 'descending'}"]`);
  expect(sorted).toHaveTextContent(SORT_LABELS[sort.field]);
  // An empty filtered page says why first, to screen readers only (see TablePagination).
  expect(root.querySelector('nav .mlv-pagination__page')).toHaveTextContent(
    new RegExp(`^(No migrations match these filters\\. )?Page ${pageIndex + 1}( |$)`),
  );
}

/** While the latest query is still being answered, the table says it is busy, whatever it shows. */
function checkBusy(run: Run): void {
  const current = queryKey(run.query());
  const waiting = run.chaos
    .calls()
    .some(
      (call) =>
        call.operation === 'list' &&
        call.outcome === 'pending' &&
        queryKey(call.query as MigrationLogQuery) === current,
    );
  if (!waiting) return;
  const root = run.container.querySelector('.mlv-table-root') as HTMLElement;
  expect(root.querySelector('table')).toHaveAttribute('aria-busy', 'true');
  const said = [...root.querySelectorAll('[role="status"]')].map((status) => status.textContent);
  // Rows already shown stay, with the refresh indicator: no loading state flashes over them. (It
  // says "Refreshing…" when the user asked for other rows; a reload after a cancel stays quiet.)
  if (root.querySelector('tbody tr[data-row-key]')) {
    expect(root.querySelector('.mlv-status-bar__activity')).toHaveAttribute('data-refreshing');
  } else expect(said.some((text) => text === 'Refreshing…' || text === 'Loading migrations…')).toBe(true);
}

function checkDialog(run: Run, step: Step): void {
  const id = run.selectedId();
  const dialog = document.querySelector<HTMLElement>('[role="dialog"]');
  if (id === null) {
    expect(dialog).toBeNull();
    return;
  }
  expect(dialog).not.toBeNull();
  const gets = run.chaos.calls().filter((call) => call.operation === 'get' && call.id === id);
  const latest = gets.at(-1);
  expect(latest).toBeDefined();
  expect(['pending', 'aborted']).not.toContain(latest?.outcome);
  const body = dialog?.querySelector('.mlv-details');
  const problem = dialog?.querySelector('.mlv-details__error, .mlv-details__refresh-error');
  if (latest && isUsableDetails(latest)) {
    expect(body?.querySelector('.mlv-details__id')).toHaveTextContent(id);
    expect(problem).toBeNull();
  } else if (latest) {
    expect(problem).toHaveTextContent(failureMessage(latest));
    // Details shown before stay under the error.
    expect(Boolean(body)).toBe(gets.some(isUsableDetails));
  }
  const cancels = run.chaos.calls().filter((call) => call.operation === 'cancel' && call.id === id);
  const cancel = cancels.at(-1);
  if (step.action.kind === 'cancel' && cancel && cancel.seq > step.callsBefore) {
    if (cancel.outcome === 'answered' || cancel.outcome === 'garbage') {
      expect(dialog?.querySelector('.mlv-details__cancel-done')).not.toBeNull();
    } else {
      expect(dialog?.querySelector('[data-state="failed"]')).toHaveTextContent(failureMessage(cancel));
    }
  }
}

describe('MigrationLogView over a chaos backend', () => {
  beforeEach(() => installFakeClock());
  afterEach(() => vi.useRealTimers());

  it(
    'shows the answer to the latest query, or an error above the rows shown before',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 1, max: 2 ** 31 - 1 }),
          fc.array(actionArb, { minLength: 1, maxLength: 8 }),
          async (seed, actions) => {
            const run = mount(seed);
            try {
              await settle(run.chaos, run.client);
              // Live regions get their words 100 ms after they mount (LiveStatus); no user acts sooner.
              await advance(100);
              checkTable(run);
              for (const action of actions) {
                const step: Step = { action, callsBefore: run.chaos.stats().totalCalls };
                // fireEvent renders each event at once (a confirm button appears after its trigger).
                perform(action, run.container);
                await advance(0);
                if (action.settle) {
                  await settle(run.chaos, run.client);
                  checkTable(run);
                  checkDialog(run, step);
                } else {
                  await advance(action.wait);
                  checkBusy(run);
                }
              }
              await settle(run.chaos, run.client);
              checkTable(run);
              expectNoInjection();
            } finally {
              cleanup();
              run.client.clear();
            }
          },
        ),
        PROPERTY_OPTIONS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
