import { keepPreviousData } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { DEFAULT_QUERY } from '../../src/core/query.js';
import type { MigrationLogPage, MigrationLogQuery, RequestContext } from '../../src/core/types.js';
import { useMigrationLogRange } from '../../src/hooks/useMigrationLogRange.js';
import { deferred, fakeSource, record, testClient, withClient } from './helpers.js';

/** A server of `total` migrations `m0`, `m1`, …, sorted by id; `withTotal: false` sends only hasNextPage. */
function pagedSource(total: number, { withTotal = true, progress = () => 100 } = {}) {
  return fakeSource(async ({ pageIndex, pageSize }: MigrationLogQuery, _ctx: RequestContext) => {
    const start = pageIndex * pageSize;
    const items = Array.from({ length: Math.max(0, Math.min(pageSize, total - start)) }, (_, i) =>
      record(`m${start + i}`, { progress: progress() }),
    );
    const page: MigrationLogPage = { items, hasNextPage: start + pageSize < total };
    return withTotal ? { ...page, total } : page;
  });
}

const pagesAsked = (list: { mock: { calls: Array<[MigrationLogQuery, RequestContext]> } }) =>
  [...new Set(list.mock.calls.map(([q]) => q.pageIndex))].sort((a, b) => a - b);

describe('useMigrationLogRange', () => {
  it('fetches only the chunks covering the range, counts the whole list, and finds rows by index', async () => {
    const { source, list } = pagedSource(10_000);
    const { result, rerender } = renderHook(
      ({ start, end }) => useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start, end } }),
      { wrapper: withClient(testClient()), initialProps: { start: 0, end: 30 } },
    );
    expect(result.current.isLoading).toBe(true);
    expect(result.current.count).toBe(0);
    await waitFor(() => expect(result.current.count).toBe(10_000));
    expect(result.current.total).toBe(10_000);
    expect(result.current.rowAt(7)?.id).toBe('m7');
    expect(result.current.rowAt(150)).toBeUndefined();
    expect(pagesAsked(list)).toEqual([0]);
    expect(result.current.chunkRows).toEqual({ start: 0, end: 100 });
    expect(list.mock.calls.every(([q]) => q.pageSize === 100)).toBe(true);

    // Jumping near the end asks for the chunks there, none in between.
    rerender({ start: 9_890, end: 9_960 });
    await waitFor(() => expect(result.current.rowAt(9_950)?.id).toBe('m9950'));
    expect(pagesAsked(list)).toEqual([0, 98, 99]);
    // The rows rowAt can know: those of the chunks of this window, none before or after.
    expect(result.current.chunkRows).toEqual({ start: 9_800, end: 10_000 });
    // Rows of chunks out of range are not shown (their requests were not needed), the count stays.
    expect(result.current.rowAt(7)).toBeUndefined();
    expect(result.current.count).toBe(10_000);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, -5, 0])(
    'reads a page size of %s as a whole number of at least 1 (the default for a non-number), and loads',
    async (pageSize) => {
      const { source, list } = pagedSource(1_000);
      const { result } = renderHook(
        () =>
          useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start: 0, end: 30 }, pageSize }),
        { wrapper: withClient(testClient()) },
      );
      await waitFor(() => expect(result.current.count).toBe(1_000));
      expect(result.current.rowAt(0)?.id).toBe('m0');
      const sizes = new Set(list.mock.calls.map(([q]) => q.pageSize));
      expect([...sizes]).toEqual([Number.isFinite(pageSize) ? 1 : 100]);
    },
  );

  it('never shows one chunk’s rows at another’s place, whatever the host client’s placeholder default', async () => {
    const later = deferred<MigrationLogPage>();
    const { source } = fakeSource(async ({ pageIndex }: MigrationLogQuery) =>
      pageIndex === 0 ? { items: [record('m0'), record('m1')], total: 10_000 } : later.promise,
    );
    const client = testClient();
    client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, placeholderData: keepPreviousData } });
    const { result, rerender } = renderHook(
      ({ start, end }) => useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start, end } }),
      { wrapper: withClient(client), initialProps: { start: 0, end: 30 } },
    );
    await waitFor(() => expect(result.current.rowAt(0)?.id).toBe('m0'));
    rerender({ start: 9_800, end: 9_830 });
    await waitFor(() => expect(result.current.rowAt(0)).toBeUndefined());
    // Page 98 is still loading: its rows are unknown, not page 0's.
    expect(result.current.rowAt(9_800)).toBeUndefined();
    expect(result.current.rowAt(9_801)).toBeUndefined();
    later.resolve({ items: [record('m9800')], total: 10_000 });
    await waitFor(() => expect(result.current.rowAt(9_800)?.id).toBe('m9800'));
  });

  it('grows the list one chunk at a time when the source sends no total', async () => {
    const { source } = pagedSource(250, { withTotal: false });
    const { result, rerender } = renderHook(
      ({ start, end }) =>
        useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start, end }, pageSize: 100 }),
      { wrapper: withClient(testClient()), initialProps: { start: 0, end: 20 } },
    );
    await waitFor(() => expect(result.current.count).toBe(200));
    expect(result.current.total).toBeNull();
    rerender({ start: 180, end: 199 });
    await waitFor(() => expect(result.current.count).toBe(300));
    rerender({ start: 240, end: 299 });
    await waitFor(() => expect(result.current.count).toBe(250));
    expect(result.current.rowAt(249)?.id).toBe('m249');
  });

  it('reads a total beyond 2^53 − 1 as none: the list grows by chunks, not to 1e300 rows', async () => {
    const { source } = fakeSource(async ({ pageIndex, pageSize }: MigrationLogQuery) => ({
      items: Array.from({ length: pageSize }, (_, i) => record(`m${pageIndex * pageSize + i}`)),
      total: 1e300,
    }));
    const { result } = renderHook(
      () =>
        useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start: 0, end: 20 }, pageSize: 100 }),
      { wrapper: withClient(testClient()) },
    );
    await waitFor(() => expect(result.current.count).toBe(200));
    expect(result.current.total).toBeNull();
  });

  it('keeps an unchanged row the same object across a refresh, so memoised rows skip rendering', async () => {
    let changed = false;
    const { source } = fakeSource(async () => ({
      items: [record('a'), record('b', { progress: changed ? 42 : 10 }), record('c')],
      total: 3,
    }));
    const client = testClient();
    const { result } = renderHook(
      () => useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start: 0, end: 10 } }),
      { wrapper: withClient(client) },
    );
    await waitFor(() => expect(result.current.count).toBe(3));
    const [a, b, c] = [0, 1, 2].map((i) => result.current.rowAt(i));
    changed = true;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.rowAt(1)?.progress).toBe(42));
    expect(result.current.rowAt(0)).toBe(a);
    expect(result.current.rowAt(2)).toBe(c);
    expect(result.current.rowAt(1)).not.toBe(b);
  });

  it('keeps showing the last rows while a new sort loads its first chunk', async () => {
    const { source } = pagedSource(500);
    const { result, rerender } = renderHook(
      ({ query }) => useMigrationLogRange({ dataSource: source, query, range: { start: 0, end: 20 } }),
      { wrapper: withClient(testClient()), initialProps: { query: DEFAULT_QUERY } },
    );
    await waitFor(() => expect(result.current.count).toBe(500));
    rerender({ query: { ...DEFAULT_QUERY, sort: { field: 'progress', direction: 'asc' } } });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.isLoading).toBe(false);
    expect(result.current.rowAt(0)?.id).toBe('m0');
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current.count).toBe(500);
  });
});
