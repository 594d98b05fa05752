import { act, renderHook } from '@testing-library/react';
import type { MigrationLogRecord } from '../../src/core/types.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { fakeSource, page, record, resetVisibility, setVisibility, testClient, withClient } from './helpers.js';

/**
 * Advances fake time, then 10 ms more so the answers of requests started at the end of it arrive
 * and render (TanStack batches notifications on 0 ms timers, which fake timers run 1 ms later).
 */
const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    await vi.advanceTimersByTimeAsync(10);
  });

const running = (id: string, progress = 40): MigrationLogRecord =>
  record(id, { status: 'In progress', endTime: null, progress });

function render(items: () => MigrationLogRecord[], options: { refreshInterval?: number; refresh?: boolean } = {}) {
  const fake = fakeSource(async () => page(...items()));
  const view = renderHook(() => useMigrationLogs({ dataSource: fake.source, ...options }), {
    wrapper: withClient(testClient()),
  });
  return { ...fake, ...view };
}

describe('useMigrationLogs polling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetVisibility();
  });

  it('refreshes every 5 s by default while an active migration is shown', async () => {
    const { list, result } = render(() => [running('m1'), record('m2')]);
    await advance(0);
    expect(list).toHaveBeenCalledTimes(1);
    expect(result.current.hasActiveMigrations).toBe(true);
    await advance(4900);
    expect(list).toHaveBeenCalledTimes(1);
    await advance(200);
    expect(list).toHaveBeenCalledTimes(2);
    await advance(5000);
    expect(list).toHaveBeenCalledTimes(3);
  });

  it('does not refresh when every shown migration is final', async () => {
    const { list, result } = render(() => [record('m1'), record('m2', { status: 'Error' })]);
    await advance(0);
    expect(result.current.hasActiveMigrations).toBe(false);
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('stops refreshing once the active migrations become final', async () => {
    let status = 'In progress';
    const { list, result } = render(() => [record('m1', { status })]);
    await advance(0);
    status = 'Completed';
    await advance(5000);
    expect(list).toHaveBeenCalledTimes(2);
    expect(result.current.rows[0]?.status).toBe('completed');
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('pauses while the page is hidden and resumes when it is shown again', async () => {
    const { list } = render(() => [running('m1')]);
    await advance(0);
    setVisibility('hidden');
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(1);
    setVisibility('visible');
    await advance(5000);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('pauses while hidden even when the host client refetches in the background by default', async () => {
    const client = testClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, refetchIntervalInBackground: true } });
    const { source, list } = fakeSource(async () => page(running('m1')));
    renderHook(() => useMigrationLogs({ dataSource: source }), { wrapper: withClient(client) });
    await advance(0);
    setVisibility('hidden');
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('raises an interval below the floor to 1 s', async () => {
    const { list } = render(() => [running('m1')], { refreshInterval: 10 });
    await advance(0);
    await advance(900);
    expect(list).toHaveBeenCalledTimes(1);
    await advance(200);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('uses the interval the host sets', async () => {
    const { list } = render(() => [running('m1')], { refreshInterval: 20_000 });
    await advance(0);
    await advance(19_000);
    expect(list).toHaveBeenCalledTimes(1);
    await advance(1500);
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('never refreshes with refresh: false', async () => {
    const { list } = render(() => [running('m1')], { refresh: false });
    await advance(0);
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('keeps unchanged rows identical across refreshes; only the changed row is a new object', async () => {
    let progress = 10;
    const { result } = render(() => [record('m1'), running('m2', progress), record('m3', { status: 'Error' })]);
    await advance(0);
    const before = result.current.rows;
    progress = 55;
    await advance(5000);
    const after = result.current.rows;
    expect(after[1]?.progress).toBe(55);
    expect(after[1]).not.toBe(before[1]);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
  });

  it('returns the very same rows array when nothing changed', async () => {
    const { result, list } = render(() => [running('m1'), record('m2')]);
    await advance(0);
    const before = result.current.rows;
    await advance(5000);
    expect(list).toHaveBeenCalledTimes(2);
    expect(result.current.rows).toBe(before);
  });

  it('keeps row identity when a new migration appears above them', async () => {
    const items = [running('m1'), record('m2')];
    const { result } = render(() => items);
    await advance(0);
    const [m1, m2] = result.current.rows;
    items.unshift(running('m0'));
    await advance(5000);
    expect(result.current.rows.map((r) => r.id)).toEqual(['m0', 'm1', 'm2']);
    expect(result.current.rows[1]).toBe(m1);
    expect(result.current.rows[2]).toBe(m2);
  });
});
