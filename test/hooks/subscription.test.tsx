import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource } from '../../src/core/types.js';
import { useMigrationLogDetails } from '../../src/hooks/useMigrationLogDetails.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { fakeSource, page, record, testClient, withClient } from './helpers.js';

/** A source that pushes changes: `push()` tells every subscriber. */
function pushingSource() {
  const listeners = new Set<() => void>();
  const unsubscribe = vi.fn();
  const subscribe = vi.fn((onChange: () => void) => {
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
      unsubscribe();
    };
  });
  const progress = { value: 10 };
  const fake = fakeSource(async () => page(record('m1', { status: 'In progress', progress: progress.value })), {
    subscribe,
  });
  const push = () => {
    for (const listener of listeners) listener();
  };
  return { ...fake, subscribe, unsubscribe, push, progress, listeners };
}

describe('data sources that push changes', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('refetches the list on each change and unsubscribes on unmount', async () => {
    const { source, list, push, progress, subscribe, unsubscribe, listeners } = pushingSource();
    const { result, unmount } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.rows[0]?.progress).toBe(10));
    expect(subscribe).toHaveBeenCalledTimes(1);
    progress.value = 60;
    act(() => push());
    await waitFor(() => expect(result.current.rows[0]?.progress).toBe(60));
    expect(list).toHaveBeenCalledTimes(2);
    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it('refetches open details on each change', async () => {
    const { source, push } = pushingSource();
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.details).not.toBeNull());
    act(() => push());
    await waitFor(() => expect(source.get).toHaveBeenCalledTimes(2));
  });

  it('does not poll a source that pushes, even with active migrations', async () => {
    vi.useFakeTimers();
    const { source, list } = pushingSource();
    renderHook(() => useMigrationLogs({ dataSource: source as MigrationLogDataSource }), {
      wrapper: withClient(testClient()),
    });
    await act(() => vi.advanceTimersByTimeAsync(30_000));
    expect(list).toHaveBeenCalledTimes(1);
  });

  describe('a subscribe that fails', () => {
    const failing = (overrides: Partial<MigrationLogDataSource>) =>
      fakeSource(async () => page(record('m1', { status: 'In progress' })), overrides);

    it('throwing, neither crashes the list nor freezes it: the list polls instead', async () => {
      vi.useFakeTimers();
      const { source, list } = failing({
        subscribe: () => {
          throw new Error('The socket is closed.');
        },
      });
      const { result } = renderHook(() => useMigrationLogs({ dataSource: source, refreshInterval: 1000 }), {
        wrapper: withClient(testClient()),
      });
      await act(() => vi.advanceTimersByTimeAsync(0));
      expect(result.current.rows[0]?.id).toBe('m1');
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(list).toHaveBeenCalledTimes(2);
    });

    it('throwing, leaves open details polled', async () => {
      vi.useFakeTimers();
      const { source } = failing({
        get: vi.fn(async (id: string) => record(id, { status: 'In progress' })),
        subscribe: () => {
          throw new Error('The socket is closed.');
        },
      });
      renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1', refreshInterval: 1000 }), {
        wrapper: withClient(testClient()),
      });
      await act(() => vi.advanceTimersByTimeAsync(0));
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(source.get).toHaveBeenCalledTimes(2);
    });

    it('with an unsubscribe that throws, still unmounts cleanly', async () => {
      const { source } = failing({
        subscribe: () => () => {
          throw new Error('Already closed.');
        },
      });
      const { result, unmount } = renderHook(() => useMigrationLogs({ dataSource: source }), {
        wrapper: withClient(testClient()),
      });
      await waitFor(() => expect(result.current.rows).toHaveLength(1));
      expect(() => unmount()).not.toThrow();
    });
  });

  it('shows a failing backend even when changes are pushed faster than the retry waits', async () => {
    vi.useFakeTimers();
    const { source, push, list } = pushingSource();
    const client = new QueryClient({ defaultOptions: { queries: { retry: 1, gcTime: Number.POSITIVE_INFINITY } } });
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), { wrapper: withClient(client) });
    await act(() => vi.advanceTimersByTimeAsync(10));
    expect(result.current.rows).toHaveLength(1);
    list.mockImplementation(async () => {
      throw new MigrationLogError('The billing backend is down.', { kind: 'http', status: 503 });
    });
    // A live source says "changed" every half second while its list endpoint is down.
    for (let tick = 0; tick < 20; tick += 1) {
      act(() => push());
      await act(() => vi.advanceTimersByTimeAsync(500));
    }
    expect(result.current.errorMessage).toBe('The billing backend is down.');
    expect(result.current.rows).toHaveLength(1);
  });

  describe('changes pushed faster than the list answers', () => {
    /** A list that reads the progress when asked and answers 800 ms later, as a server would. */
    function slowPushingSource() {
      const fake = pushingSource();
      fake.list.mockImplementation((_query, { signal }) => {
        const answer = page(record('m1', { status: 'In progress', progress: fake.progress.value }));
        return new Promise((resolve, reject) => {
          const timer = setTimeout(() => resolve(answer), 800);
          signal.addEventListener('abort', () => {
            clearTimeout(timer);
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        });
      });
      return fake;
    }

    it('lets a refetch finish instead of cancelling it on every change, so live progress moves', async () => {
      vi.useFakeTimers();
      const { source, push, progress } = slowPushingSource();
      const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
        wrapper: withClient(testClient()),
      });
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      expect(result.current.rows[0]?.progress).toBe(10);
      // A socket reports progress every 300 ms; each answer takes 800 ms.
      const seen = new Set<number | null | undefined>();
      for (let tick = 1; tick <= 20; tick += 1) {
        progress.value = 10 + tick;
        act(() => push());
        await act(() => vi.advanceTimersByTimeAsync(300));
        seen.add(result.current.rows[0]?.progress);
      }
      // Cancelled on every change, the list kept showing 10 for the whole 6 seconds.
      expect(seen.size).toBeGreaterThanOrEqual(5);
    });

    it('reads a change pushed while a refetch was under way once that refetch is done', async () => {
      vi.useFakeTimers();
      const { source, push, progress, list } = slowPushingSource();
      const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
        wrapper: withClient(testClient()),
      });
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      progress.value = 40;
      act(() => push());
      await act(() => vi.advanceTimersByTimeAsync(400));
      // The server changes again while the refetch for the first change is under way; it is the last change.
      progress.value = 90;
      act(() => push());
      await act(() => vi.advanceTimersByTimeAsync(3_000));
      expect(result.current.rows[0]?.progress).toBe(90);
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      // One trailing refetch, not a refetch per change or an endless loop.
      expect(list.mock.calls.length).toBeLessThanOrEqual(4);
    });
  });
});
