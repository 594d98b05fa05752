import { act, renderHook, waitFor } from '@testing-library/react';
import type { MigrationLogPage, MigrationLogQuery, RequestContext } from '../../src/core/types.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { type Deferred, deferred, fakeSource, page, record, testClient, withClient } from './helpers.js';

/** A source whose answers the test hands out one by one. */
function manualSource() {
  const calls: Array<{ query: MigrationLogQuery; signal: AbortSignal; answer: Deferred<MigrationLogPage> }> = [];
  const fake = fakeSource((query: MigrationLogQuery, { signal }: RequestContext) => {
    const answer = deferred<MigrationLogPage>();
    calls.push({ query, signal, answer });
    return answer.promise;
  });
  return { ...fake, calls };
}

/** Lets answers, TanStack's batched notifications and renders run. */
/** useMigrationLogs over `source`, starting at `pageIndex` with pages of 10. */
function renderAtPage(
  source: Parameters<typeof useMigrationLogs>[0]['dataSource'],
  pageIndex: number,
  onQueryChange?: (query: MigrationLogQuery) => void,
) {
  return renderHook(
    () => useMigrationLogs({ dataSource: source, defaultQuery: { pageIndex, pageSize: 10 }, onQueryChange }),
    { wrapper: withClient(testClient()) },
  );
}

const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 20)));

describe('useMigrationLogs loading', () => {
  it('keeps the previous page while the next one loads', async () => {
    const { source, calls } = manualSource();
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    expect(result.current.isLoading).toBe(true);
    expect(result.current.status).toBe('loading');

    act(() => calls[0]?.answer.resolve({ items: [record('p1-a'), record('p1-b')], total: 60 }));
    await waitFor(() => expect(result.current.rows.map((r) => r.id)).toEqual(['p1-a', 'p1-b']));
    expect(result.current.pageCount).toBe(3);
    expect(result.current.hasNextPage).toBe(true);

    act(() => result.current.setQuery({ pageIndex: 1 }));
    await waitFor(() => expect(calls).toHaveLength(2));
    expect(result.current.query.pageIndex).toBe(1);
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.rows.map((r) => r.id)).toEqual(['p1-a', 'p1-b']);
    expect(result.current.isLoading).toBe(false);
    expect(result.current.isRefreshing).toBe(true);
    expect(result.current.lastUpdatedAt).not.toBeNull();

    act(() => calls[1]?.answer.resolve({ items: [record('p2-a')], total: 60 }));
    await waitFor(() => expect(result.current.rows.map((r) => r.id)).toEqual(['p2-a']));
    expect(result.current.isPlaceholderData).toBe(false);
  });

  it('shows only the newest answer when an older one arrives late, and aborts the older request', async () => {
    const { source, calls } = manualSource();
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    act(() => calls[0]?.answer.resolve(page(record('first'))));
    await waitFor(() => expect(result.current.rows).toHaveLength(1));

    act(() => result.current.setQuery({ filter: { search: 'a' } }));
    await waitFor(() => expect(calls).toHaveLength(2));
    act(() => result.current.setQuery({ filter: { search: 'ab' } }));
    await waitFor(() => expect(calls).toHaveLength(3));

    const older = calls[1];
    const newer = calls[2];
    expect(older?.query.filter.search).toBe('a');
    expect(older?.signal.aborted).toBe(true);
    expect(newer?.signal.aborted).toBe(false);

    act(() => newer?.answer.resolve(page(record('ab-result'))));
    await waitFor(() => expect(result.current.rows.map((r) => r.id)).toEqual(['ab-result']));
    act(() => older?.answer.resolve(page(record('a-result'))));
    await settle();
    expect(result.current.rows.map((r) => r.id)).toEqual(['ab-result']);
    expect(result.current.query.filter.search).toBe('ab');
  });

  it('aborts the request in flight on unmount', async () => {
    const { source, calls } = manualSource();
    const { unmount } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(calls[0]?.signal.aborted).toBe(false);
    unmount();
    expect(calls[0]?.signal.aborted).toBe(true);
  });

  it('does not load while enabled is false', async () => {
    const { source, list } = fakeSource(async () => page(record('m1')));
    const { result, rerender } = renderHook(({ enabled }) => useMigrationLogs({ dataSource: source, enabled }), {
      wrapper: withClient(testClient()),
      initialProps: { enabled: false },
    });
    await settle();
    expect(list).not.toHaveBeenCalled();
    expect(result.current.isLoading).toBe(false);
    rerender({ enabled: true });
    await waitFor(() => expect(result.current.rows).toHaveLength(1));
  });

  it('gives each data source object its own cache entries', async () => {
    const client = testClient();
    const a = fakeSource(async () => page(record('from-a')));
    const b = fakeSource(async () => page(record('from-b')));
    const { result, rerender } = renderHook(({ source }) => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(client),
      initialProps: { source: a.source },
    });
    await waitFor(() => expect(result.current.rows[0]?.id).toBe('from-a'));
    rerender({ source: b.source });
    await waitFor(() => expect(result.current.rows[0]?.id).toBe('from-b'));
    expect(b.list).toHaveBeenCalledTimes(1);
  });

  it('never shows "page 3 of 1": a stale total smaller than the rows before the page is raised', async () => {
    const { source } = fakeSource(async () => ({ items: [record('c1'), record('c2')], total: 5 }));
    const { result } = renderAtPage(source, 2);
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    expect(result.current.total).toBe(22);
    expect(result.current.pageCount).toBe(3);
  });
  it('shows at most a page of rows from a server that ignores the page size, offering the next page', async () => {
    const everything = Array.from({ length: 500 }, (_, i) => record(`m${i}`));
    const { source } = fakeSource(async () => ({ items: everything }));
    const { result } = renderAtPage(source, 0);
    await waitFor(() => expect(result.current.rows).toHaveLength(10));
    expect(result.current.rows.map((row) => row.id)).toEqual(everything.slice(0, 10).map((row) => row.id));
    expect(result.current.hasNextPage).toBe(true);
  });
  it.each<[string, Partial<MigrationLogPage>, number, boolean]>([
    ['a total beyond this page', { total: 21 }, 1, true],
    ['a total that ends with this page', { total: 20 }, 1, false],
    ['the source’s hasNextPage, whatever the total says', { total: 20, hasNextPage: true }, 1, true],
    ['no total and hasNextPage false', { hasNextPage: false }, 1, false],
    ['no total and a full page', {}, 1, true],
  ])('offers a next page from %s', async (_, fields, pageIndex, expected) => {
    const items = Array.from({ length: 10 }, (_, i) => record(`m${i}`));
    const { source } = fakeSource(async () => ({ items, ...fields }));
    const { result } = renderAtPage(source, pageIndex);
    await waitFor(() => expect(result.current.rows).toHaveLength(10));
    expect(result.current.hasNextPage).toBe(expected);
  });
  it('moves a page past the end to the last page, and says so through onQueryChange', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => record(`m${i}`));
    const { source } = fakeSource(async (query) => ({
      items: rows.slice(query.pageIndex * query.pageSize, (query.pageIndex + 1) * query.pageSize),
      total: rows.length,
    }));
    const reported: number[] = [];
    const { result } = renderAtPage(source, 7, (query) => reported.push(query.pageIndex));
    await waitFor(() => expect(result.current.rows).toHaveLength(10));
    expect(result.current.query.pageIndex).toBe(2);
    expect(reported).toEqual([2]);
  });
});
