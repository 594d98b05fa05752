import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogQuery } from '../../src/core/types.js';
import { createChaosDataSource } from '../../src/data-sources/chaos/create-chaos-data-source.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';

const QUERY: MigrationLogQuery = {
  pageIndex: 0,
  pageSize: 5,
  sort: { field: 'startTime', direction: 'desc' },
  filter: {},
};
const records = Array.from({ length: 12 }, (_, i) => ({
  id: `m${i}`,
  status: 'Completed',
  startTime: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
}));

const ctx = (controller = new AbortController()) => ({ signal: controller.signal });

afterEach(() => {
  vi.useRealTimers();
});

describe('createChaosDataSource', () => {
  it('passes answers through and counts calls', async () => {
    const chaos = createChaosDataSource(createInMemoryDataSource(records));
    const page = await chaos.list(QUERY, ctx());
    expect(page.items.map((i) => i.id)).toEqual(['m11', 'm10', 'm9', 'm8', 'm7']);
    expect(chaos.stats()).toEqual({
      totalCalls: 1,
      settledCalls: 1,
      openCalls: 0,
      openUnabortedCalls: 0,
      abortedCalls: 0,
      subscriptions: 0,
    });
    expect(chaos.calls()[0]).toMatchObject({ seq: 1, operation: 'list', fate: 'answer', outcome: 'answered' });
  });

  it('meets the same fates for the same seed and calls', async () => {
    const fates = async (seed: number) => {
      const chaos = createChaosDataSource(createInMemoryDataSource(records), {
        seed,
        failureRate: 0.2,
        garbageRate: 0.2,
        dropRate: 0.2,
      });
      for (let i = 0; i < 30; i++) await chaos.get('m1', ctx()).catch(() => undefined);
      return chaos.calls().map((c) => c.outcome);
    };
    const first = await fates(7);
    expect(await fates(7)).toEqual(first);
    expect(new Set(first)).toEqual(new Set(['answered', 'failed', 'garbage', 'dropped']));
  });

  it('rejects at once on abort, leaving no timer and counting the abort', async () => {
    vi.useFakeTimers();
    const chaos = createChaosDataSource(createInMemoryDataSource(records), { latency: 10_000 });
    const controller = new AbortController();
    const pending = chaos.list(QUERY, ctx(controller));
    expect(chaos.stats()).toMatchObject({ openCalls: 1, openUnabortedCalls: 1 });
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(chaos.stats()).toMatchObject({ openCalls: 0, openUnabortedCalls: 0, abortedCalls: 1 });
    expect(vi.getTimerCount()).toBe(0);
    expect(chaos.calls()[0]?.outcome).toBe('aborted');
  });

  it('times out with a timeout error after timeoutMs', async () => {
    vi.useFakeTimers();
    const chaos = createChaosDataSource(createInMemoryDataSource(records), { timeoutRate: 1, timeoutMs: 500 });
    const pending = chaos.get('m1', ctx());
    // No server words: the view shows its own (translated) timeout message, as for the fetch source.
    const outcome = expect(pending).rejects.toMatchObject({ kind: 'timeout', detail: null });
    await vi.advanceTimersByTimeAsync(499);
    expect(chaos.stats().openCalls).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    await outcome;
    expect(chaos.calls()[0]?.outcome).toBe('timed-out');
  });

  it('answers out of order with reorder, in call order without', async () => {
    vi.useFakeTimers();
    const order = async (reorder: boolean) => {
      const chaos = createChaosDataSource(createInMemoryDataSource(records), {
        latency: { min: 0, max: 1000 },
        reorder,
        seed: 3,
      });
      const settled: number[] = [];
      const calls = Array.from({ length: 8 }, (_, i) => chaos.get(`m${i}`, ctx()).then(() => settled.push(i)));
      await vi.advanceTimersByTimeAsync(10_000);
      await Promise.all(calls);
      return settled;
    };
    expect(await order(true)).not.toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(await order(false)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('keeps the inner source’s own errors and fails with a 503 without asking it', async () => {
    const inner = createInMemoryDataSource(records);
    await expect(createChaosDataSource(inner).get('nope', ctx())).rejects.toMatchObject({ status: 404 });
    const failing = createChaosDataSource(inner, { failureRate: 1 });
    const error = await failing.get('m1', ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationLogError);
    expect(error).toMatchObject({ status: 503 });
    expect(inner.stats().totalCalls).toBe(1);
  });

  it('has exactly the optional methods of its inner source, and counts subscriptions', () => {
    const bare: MigrationLogDataSource = {
      list: async () => ({ items: [] }),
      get: async (id) => ({ id, status: 'x' }),
    };
    const chaosBare = createChaosDataSource(bare);
    expect([chaosBare.listIssues, chaosBare.cancel, chaosBare.subscribe]).toEqual([undefined, undefined, undefined]);

    const chaos = createChaosDataSource(createInMemoryDataSource(records));
    const unsubscribe = chaos.subscribe?.(() => {});
    expect(chaos.stats().subscriptions).toBe(1);
    unsubscribe?.();
    unsubscribe?.();
    expect(chaos.stats().subscriptions).toBe(0);
  });

  it('answers garbage that breaks the contract', async () => {
    const chaos = createChaosDataSource(createInMemoryDataSource(records), { garbageRate: 1, seed: 2 });
    const answers = [];
    for (let i = 0; i < 20; i++) answers.push(await chaos.list(QUERY, ctx()));
    for (const answer of answers) {
      const items = (answer as { items?: unknown } | null)?.items;
      expect(Array.isArray(items)).toBe(false);
    }
  });
});
