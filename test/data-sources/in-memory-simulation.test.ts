import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogQuery } from '../../src/core/types.js';
import {
  createInMemoryDataSource,
  type InMemoryCallArgs,
  type InMemoryOperation,
} from '../../src/data-sources/index.js';
import { messyRecords, signal } from './helpers/fixtures.js';

const records = messyRecords(200);
const QUERY: MigrationLogQuery = {
  pageIndex: 0,
  pageSize: 10,
  sort: { field: 'startTime', direction: 'desc' },
  filter: {},
};
const firstId = records[0]?.id ?? '';

describe('in-memory source: latency and abort', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers after the configured latency, not before', async () => {
    const source = createInMemoryDataSource(records, { latency: 1000 });
    let settled = false;
    const answer = source.list(QUERY, { signal: signal() }).then((page) => {
      settled = true;
      return page;
    });
    await vi.advanceTimersByTimeAsync(999);
    expect(settled).toBe(false);
    expect(source.stats()).toMatchObject({ openCalls: 1, totalCalls: 1 });
    await vi.advanceTimersByTimeAsync(1);
    expect((await answer).items).toHaveLength(10);
    expect(source.stats()).toEqual({ totalCalls: 1, openCalls: 0, abortedCalls: 0, failedCalls: 0 });
  });

  it('draws a latency from a range', async () => {
    const source = createInMemoryDataSource(records, { latency: { min: 200, max: 400 } });
    let settled = false;
    void source.get(firstId, { signal: signal() }).then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(199);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(201);
    expect(settled).toBe(true);
  });

  it('rejects with an AbortError and clears its timer when the signal aborts', async () => {
    const source = createInMemoryDataSource(records, { latency: 5000 });
    const controller = new AbortController();
    const answer = source.list(QUERY, { signal: controller.signal });
    const rejection = expect(answer).rejects.toSatisfy(
      (error) => error instanceof DOMException && error.name === 'AbortError',
    );
    expect(vi.getTimerCount()).toBe(1);
    controller.abort();
    await rejection;
    expect(vi.getTimerCount()).toBe(0);
    expect(source.stats()).toEqual({ totalCalls: 1, openCalls: 0, abortedCalls: 1, failedCalls: 0 });
  });

  it('rejects at once, scheduling nothing, for a signal that is already aborted', async () => {
    const source = createInMemoryDataSource(records, { latency: 5000 });
    const controller = new AbortController();
    controller.abort();
    const calls = [
      source.list(QUERY, { signal: controller.signal }),
      source.get(firstId, { signal: controller.signal }),
      source.listIssues(firstId, { pageIndex: 0, pageSize: 5 }, { signal: controller.signal }),
      source.cancel(firstId, { signal: controller.signal }),
    ];
    expect(vi.getTimerCount()).toBe(0);
    for (const call of calls) await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(source.stats()).toMatchObject({ openCalls: 0, abortedCalls: 4 });
  });

  it('does not cancel a migration when the cancel request was aborted', async () => {
    const active = records.find((r) => r.status === 'In progress')?.id ?? '';
    const source = createInMemoryDataSource(records, { latency: 100 });
    const controller = new AbortController();
    const cancel = source.cancel(active, { signal: controller.signal });
    controller.abort();
    await expect(cancel).rejects.toMatchObject({ name: 'AbortError' });
    const details = source.get(active, { signal: signal() });
    await vi.advanceTimersByTimeAsync(100);
    expect((await details).status).toBe('In progress');
  });
});

describe('in-memory source: simulated failures', () => {
  it('fails every call with a 503 at failureRate 1', async () => {
    const source = createInMemoryDataSource(records, { failureRate: 1 });
    const error = await source.list(QUERY, { signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationLogError);
    expect(error).toMatchObject({ kind: 'http', status: 503 });
    expect(source.stats()).toMatchObject({ failedCalls: 1, openCalls: 0 });
  });

  it('fails a share of calls, the same ones for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const source = createInMemoryDataSource(records, { failureRate: 0.5, seed });
      const results: boolean[] = [];
      for (let i = 0; i < 40; i++) {
        results.push(
          await source.list(QUERY, { signal: signal() }).then(
            () => true,
            () => false,
          ),
        );
      }
      return results;
    };
    const first = await outcomes(9);
    expect(first.filter(Boolean).length).toBeGreaterThan(5);
    expect(first.filter((ok) => !ok).length).toBeGreaterThan(5);
    expect(await outcomes(9)).toEqual(first);
  });

  it('lets a fail hook pick exactly which calls fail, with their arguments', async () => {
    const boom = new MigrationLogError('Nope', { kind: 'http', status: 500 });
    const fail = vi.fn((operation: InMemoryOperation, args: InMemoryCallArgs) => {
      if (operation === 'get' && args.id === firstId) return boom;
      if (operation === 'list' && args.query?.pageIndex === 3) return new Error('page 3 is cursed');
      return undefined;
    });
    const source = createInMemoryDataSource(records, { fail });
    await expect(source.get(firstId, { signal: signal() })).rejects.toBe(boom);
    await expect(source.get(records[1]?.id ?? '', { signal: signal() })).resolves.toMatchObject({ id: records[1]?.id });
    await expect(source.list({ ...QUERY, pageIndex: 3 }, { signal: signal() })).rejects.toThrow('page 3 is cursed');
    await expect(source.list(QUERY, { signal: signal() })).resolves.toMatchObject({ total: records.length });
    expect(fail).toHaveBeenCalledWith('get', { id: firstId });
    expect(source.stats()).toEqual({ totalCalls: 4, openCalls: 0, abortedCalls: 0, failedCalls: 2 });
  });

  it('takes inline hooks of one or two parameters', async () => {
    const source = createInMemoryDataSource(records, {
      fail: (operation, args) =>
        operation === 'listIssues' && args.issueQuery?.level === 'warning' ? new Error('no') : undefined,
    });
    await expect(
      source.listIssues(firstId, { pageIndex: 0, pageSize: 5, level: 'warning' }, { signal: signal() }),
    ).rejects.toThrow('no');
    await expect(
      source.listIssues(firstId, { pageIndex: 0, pageSize: 5 }, { signal: signal() }),
    ).resolves.toBeDefined();
    const readOnly = createInMemoryDataSource(records, {
      fail: (operation) => (operation === 'cancel' ? new Error('read-only') : undefined),
    });
    await expect(readOnly.cancel(firstId, { signal: signal() })).rejects.toThrow('read-only');
  });
});
