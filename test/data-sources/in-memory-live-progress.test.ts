import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MigrationLogDetailsRecord } from '../../src/core/types.js';
import { createInMemoryDataSource } from '../../src/data-sources/index.js';
import { NOW, signal } from './helpers/fixtures.js';

const objects = [{ name: 'Subscriptions', total: 1000, processed: 0, failed: 0, skipped: 0 }];
const RECORDS: MigrationLogDetailsRecord[] = [
  {
    id: 'queued',
    status: 'Accepted',
    startTime: null,
    progress: 0,
    objects,
    issueCounts: { total: 1000, processed: 0 },
  },
  { id: 'running', status: 'In progress', startTime: new Date(NOW - 60_000).toISOString(), progress: 90 },
  {
    id: 'warned',
    status: 'IN_PROGRESS',
    startTime: new Date(NOW - 60_000).toISOString(),
    progress: 95,
    issueCounts: { warnings: 2 },
  },
  {
    id: 'done',
    status: 'Completed',
    startTime: new Date(NOW - 90_000).toISOString(),
    endTime: new Date(NOW).toISOString(),
    progress: 100,
  },
];
const LIVE = { intervalMs: 1000, step: 10 };
const at = (offset: number) => new Date(NOW + offset).toISOString();
const details = (source: ReturnType<typeof createInMemoryDataSource>, id: string) =>
  source.get(id, { signal: signal() });

describe('in-memory source: live progress', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('advances with the clock, lazily, with no timer while nobody listens', async () => {
    const source = createInMemoryDataSource(RECORDS, { liveProgress: LIVE });
    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(NOW + 1000);
    expect(await details(source, 'queued')).toMatchObject({ status: 'In progress', progress: 0, startTime: at(1000) });
    expect(await details(source, 'running')).toMatchObject({ status: 'Completed', progress: 100, endTime: at(1000) });
    expect(await details(source, 'warned')).toMatchObject({
      status: 'Completed-Warning',
      progress: 100,
      endTime: at(1000),
    });
    expect(await details(source, 'done')).toMatchObject({ status: 'Completed', endTime: at(0) });
    vi.setSystemTime(NOW + 4500);
    const queued = await details(source, 'queued');
    expect(queued).toMatchObject({ status: 'In progress', progress: 30 });
    expect(queued.objects?.[0]?.processed).toBe(300);
    expect(queued.issueCounts).toMatchObject({ processed: 300, succeeded: 300 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('applies a long gap in one go, with end times on the step that finished', async () => {
    const source = createInMemoryDataSource(RECORDS, { liveProgress: LIVE });
    vi.setSystemTime(NOW + 3_600_000);
    // One step out of the queue, ten steps from 0 to 100.
    expect(await details(source, 'queued')).toMatchObject({ status: 'Completed', progress: 100, endTime: at(11_000) });
    const page = await source.list(
      {
        pageIndex: 0,
        pageSize: 10,
        sort: { field: 'status', direction: 'asc' },
        filter: { statuses: ['accepted', 'in-progress'] },
      },
      { signal: signal() },
    );
    expect(page.total).toBe(0);
  });

  it('notifies subscribers on each step and stops its timer once nothing is active', async () => {
    const source = createInMemoryDataSource(RECORDS, { liveProgress: LIVE });
    const onChange = vi.fn();
    const unsubscribe = source.subscribe(onChange);
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect((await details(source, 'queued')).status).toBe('In progress');
    await vi.advanceTimersByTimeAsync(5000);
    expect(onChange).toHaveBeenCalledTimes(6);
    await vi.advanceTimersByTimeAsync(5000);
    expect((await details(source, 'queued')).status).toBe('Completed');
    expect(vi.getTimerCount()).toBe(0);
    const calls = onChange.mock.calls.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(onChange).toHaveBeenCalledTimes(calls);
    unsubscribe();
  });

  it('stops the timer when the last subscriber leaves, and on dispose', async () => {
    const source = createInMemoryDataSource(RECORDS, { liveProgress: LIVE });
    const first = source.subscribe(() => {});
    const second = source.subscribe(() => {});
    expect(vi.getTimerCount()).toBe(1);
    first();
    expect(vi.getTimerCount()).toBe(1);
    second();
    second();
    expect(vi.getTimerCount()).toBe(0);
    const onChange = vi.fn();
    source.subscribe(onChange);
    expect(vi.getTimerCount()).toBe(1);
    source.dispose();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onChange).not.toHaveBeenCalled();
  });

  it('uses an injected clock instead of the system one', async () => {
    let now = NOW;
    const source = createInMemoryDataSource(RECORDS, { liveProgress: LIVE, now: () => now });
    vi.setSystemTime(NOW + 60_000);
    expect((await details(source, 'running')).progress).toBe(90);
    now += 1000;
    expect((await details(source, 'running')).progress).toBe(100);
  });

  it('keeps one failing subscriber from starving the others', async () => {
    const source = createInMemoryDataSource(RECORDS, { liveProgress: LIVE });
    const reportError = vi.fn();
    vi.stubGlobal('reportError', reportError);
    const good = vi.fn();
    const bug = new Error('subscriber bug');
    source.subscribe(() => {
      throw bug;
    });
    source.subscribe(good);
    source.update('done', { progress: 99 });
    await vi.advanceTimersByTimeAsync(0);
    vi.unstubAllGlobals();
    expect(good).toHaveBeenCalledTimes(1);
    expect(reportError).toHaveBeenCalledWith(bug);
    source.dispose();
  });
});
