import { act, renderHook, waitFor } from '@testing-library/react';
import { MigrationLogError } from '../../src/core/errors.js';
import type { IssuePage, IssueQuery, MigrationIssueList } from '../../src/core/types.js';
import { type UseMigrationIssuesOptions, useMigrationIssues } from '../../src/hooks/useMigrationIssues.js';
import { deferred, fakeSource, page, testClient, withClient } from './helpers.js';

const issue = (n: number, level = 'error') => ({ level, message: `Issue ${n}`, recordKey: `INV-${n}` });

function issuesSource() {
  const listIssues = vi.fn(async (_id: string, query: IssueQuery): Promise<IssuePage> => {
    const start = query.pageIndex * query.pageSize;
    return { items: Array.from({ length: query.pageSize }, (_, i) => issue(start + i)), total: 95 };
  });
  return { ...fakeSource(async () => page(), { listIssues }), listIssues };
}

type Props = Partial<UseMigrationIssuesOptions>;

describe('useMigrationIssues', () => {
  it('asks for the first page of 25 when the host passes NaN or Infinity', async () => {
    const { source, listIssues } = issuesSource();
    const { result, rerender } = renderHook(
      (props: Props) => useMigrationIssues({ dataSource: source, migrationId: 'm1', ...props }),
      { wrapper: withClient(testClient()), initialProps: { pageIndex: Number.NaN, pageSize: Number.NaN } },
    );
    await waitFor(() => expect(result.current.issues?.items).toHaveLength(25));
    expect(listIssues).toHaveBeenLastCalledWith('m1', { pageIndex: 0, pageSize: 25 }, expect.anything());
    rerender({ pageIndex: 1.7, pageSize: Number.POSITIVE_INFINITY });
    await waitFor(() => expect(listIssues).toHaveBeenCalledTimes(2));
    expect(listIssues).toHaveBeenLastCalledWith('m1', { pageIndex: 1, pageSize: 25 }, expect.anything());
  });

  it('calls listIssues once per page with the right arguments', async () => {
    const { source, listIssues } = issuesSource();
    const { result, rerender } = renderHook(
      (props: Props) => useMigrationIssues({ dataSource: source, migrationId: 'm1', pageSize: 20, ...props }),
      { wrapper: withClient(testClient()), initialProps: {} },
    );
    await waitFor(() => expect(result.current.issues?.items).toHaveLength(20));
    expect(listIssues).toHaveBeenCalledTimes(1);
    expect(listIssues).toHaveBeenLastCalledWith(
      'm1',
      { pageIndex: 0, pageSize: 20 },
      { signal: expect.any(AbortSignal) },
    );
    expect(result.current.issues?.total).toBe(95);
    expect(result.current.canPage).toBe(true);

    rerender({ pageIndex: 1 });
    await waitFor(() => expect(result.current.issues?.items[0]?.message).toBe('Issue 20'));
    expect(listIssues).toHaveBeenCalledTimes(2);
    expect(listIssues).toHaveBeenLastCalledWith('m1', { pageIndex: 1, pageSize: 20 }, expect.anything());
    // Keys stay unique across pages.
    expect(result.current.issues?.items[0]?.key).toBe('20');

    rerender({ pageIndex: 0, level: 'warning' });
    await waitFor(() => expect(listIssues).toHaveBeenCalledTimes(3));
    expect(listIssues).toHaveBeenLastCalledWith(
      'm1',
      { pageIndex: 0, pageSize: 20, level: 'warning' },
      expect.anything(),
    );
  });

  it('does not poll issues when the host client polls by default', async () => {
    vi.useFakeTimers();
    try {
      const { source, listIssues } = issuesSource();
      const client = testClient();
      client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, refetchInterval: 1000 } });
      renderHook(() => useMigrationIssues({ dataSource: source, migrationId: 'm1', pageSize: 20 }), {
        wrapper: withClient(client),
      });
      await act(() => vi.advanceTimersByTimeAsync(10_000));
      expect(listIssues).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps the previous page while the next one loads', async () => {
    const { source } = issuesSource();
    const next = deferred<IssuePage>();
    const listIssues = vi.fn(async (_id: string, query: IssueQuery) =>
      query.pageIndex === 0 ? { items: [issue(0)], total: 2 } : next.promise,
    );
    source.listIssues = listIssues;
    const { result, rerender } = renderHook(
      ({ pageIndex }: { pageIndex: number }) =>
        useMigrationIssues({ dataSource: source, migrationId: 'm1', pageIndex, pageSize: 1 }),
      { wrapper: withClient(testClient()), initialProps: { pageIndex: 0 } },
    );
    await waitFor(() => expect(result.current.issues?.items[0]?.message).toBe('Issue 0'));
    rerender({ pageIndex: 1 });
    await waitFor(() => expect(listIssues).toHaveBeenCalledTimes(2));
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.issues?.items[0]?.message).toBe('Issue 0');
    act(() => next.resolve({ items: [issue(1)], total: 2 }));
    await waitFor(() => expect(result.current.issues?.items[0]?.message).toBe('Issue 1'));
  });

  it('uses a full embedded first page instead of requesting it', async () => {
    const { source, listIssues } = issuesSource();
    const initial: MigrationIssueList = {
      items: Array.from({ length: 10 }, (_, i) => ({
        key: String(i),
        level: 'error',
        message: `Embedded ${i}`,
        object: null,
        recordKey: null,
        count: 1,
      })),
      total: 95,
    };
    const { result, rerender } = renderHook(
      ({ pageIndex }: { pageIndex: number }) =>
        useMigrationIssues({ dataSource: source, migrationId: 'm1', pageIndex, pageSize: 10, initial }),
      { wrapper: withClient(testClient()), initialProps: { pageIndex: 0 } },
    );
    expect(result.current.issues?.items[0]?.message).toBe('Embedded 0');
    expect(result.current.status).toBe('success');
    rerender({ pageIndex: 1 });
    await waitFor(() => expect(result.current.issues?.items[0]?.message).toBe('Issue 10'));
    expect(listIssues).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a full embedded first page', () => issuesSource().source],
    ['the embedded page of a source without listIssues', () => fakeSource(async () => page()).source],
  ])(
    'reports %s as settled: nothing loading or pending, no error, a refetch that asks for nothing',
    async (_, source) => {
      const dataSource = source();
      const initial: MigrationIssueList = {
        items: [{ key: '0', level: 'error', message: 'Embedded', object: null, recordKey: null, count: 1 }],
        total: 1,
      };
      const { result } = renderHook(() => useMigrationIssues({ dataSource, migrationId: 'm1', pageSize: 1, initial }), {
        wrapper: withClient(testClient()),
      });
      const settled = {
        status: 'success',
        isLoading: false,
        isFetching: false,
        isPlaceholderData: false,
        error: null,
        errorMessage: null,
      };
      expect(result.current).toMatchObject(settled);
      await act(() => result.current.refetch());
      expect(dataSource.listIssues ?? vi.fn()).not.toHaveBeenCalled();
      expect(result.current).toMatchObject(settled);
    },
  );

  it('falls back to the embedded page when the data source has no listIssues', async () => {
    const { source } = fakeSource(async () => page());
    const initial: MigrationIssueList = {
      items: [
        { key: '0', level: 'error', message: 'Bad invoice', object: 'Invoice', recordKey: 'INV-1', count: 3 },
        { key: '1', level: 'warning', message: 'Rounded', object: 'Invoice', recordKey: 'INV-2', count: 1 },
      ],
      total: 2,
    };
    const { result, rerender } = renderHook(
      (props: Props) => useMigrationIssues({ dataSource: source, migrationId: 'm1', initial, ...props }),
      { wrapper: withClient(testClient()), initialProps: {} },
    );
    expect(result.current.canPage).toBe(false);
    expect(result.current.issues?.items.map((i) => i.message)).toEqual(['Bad invoice', 'Rounded']);
    rerender({ level: 'warning' });
    expect(result.current.issues).toEqual({ items: [initial.items[1]], total: 1 });
  });

  it('counts pages from the total, and without one reads a full page as more to come', async () => {
    const { source, listIssues } = issuesSource();
    const { result, rerender } = renderHook(
      (props: Props) => useMigrationIssues({ dataSource: source, migrationId: 'm1', pageSize: 20, ...props }),
      { wrapper: withClient(testClient()), initialProps: {} },
    );
    expect(result.current).toMatchObject({ pageCount: null, hasNextPage: false });
    await waitFor(() => expect(result.current.issues?.items).toHaveLength(20));
    expect(result.current).toMatchObject({ pageCount: 5, hasNextPage: true });
    rerender({ pageIndex: 4 });
    await waitFor(() => expect(result.current.issues?.items[0]?.message).toBe('Issue 80'));
    expect(result.current).toMatchObject({ pageCount: 5, hasNextPage: false });

    // No total: a full page may have more after it, a shorter one is the last.
    listIssues.mockImplementation(async (_id, query) => ({
      items: Array.from({ length: query.pageIndex === 0 ? query.pageSize : 3 }, (_, i) => issue(i)),
    }));
    rerender({ pageIndex: 0, level: 'warning' });
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
    expect(result.current).toMatchObject({ pageCount: null, hasNextPage: true });
    rerender({ pageIndex: 1, level: 'warning' });
    await waitFor(() => expect(result.current.issues?.items).toHaveLength(3));
    expect(result.current).toMatchObject({ pageCount: null, hasNextPage: false });
  });

  it('reads a total beyond 2^53 − 1 as none: no page count, a full page means more', async () => {
    const { source, listIssues } = issuesSource();
    listIssues.mockImplementation(async (_id, query) => ({
      items: Array.from({ length: query.pageSize }, (_, i) => issue(i)),
      total: 1e300,
    }));
    const { result } = renderHook(() => useMigrationIssues({ dataSource: source, migrationId: 'm1', pageSize: 20 }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.issues?.items).toHaveLength(20));
    expect(result.current).toMatchObject({ pageCount: null, hasNextPage: true, issues: { total: null } });
  });

  it('counts the pages of the embedded issues when the data source has no listIssues', () => {
    const { source } = fakeSource(async () => page());
    const item = (key: string) => ({
      key,
      level: 'error' as const,
      message: key,
      object: null,
      recordKey: null,
      count: 1,
    });
    const initial: MigrationIssueList = { items: [item('a'), item('b'), item('c')], total: 3 };
    const { result, rerender } = renderHook(
      ({ pageIndex }: { pageIndex: number }) =>
        useMigrationIssues({ dataSource: source, migrationId: 'm1', initial, pageIndex, pageSize: 2 }),
      { wrapper: withClient(testClient()), initialProps: { pageIndex: 0 } },
    );
    expect(result.current).toMatchObject({ pageCount: 2, hasNextPage: true });
    rerender({ pageIndex: 1 });
    expect(result.current).toMatchObject({ pageCount: 2, hasNextPage: false });
  });

  it("never shows another migration's page while the next migration's loads", async () => {
    const later = deferred<IssuePage>();
    const listIssues = vi.fn(async (id: string) => (id === 'm1' ? { items: [issue(1)], total: 1 } : later.promise));
    const { source } = fakeSource(async () => page(), { listIssues });
    const { result, rerender } = renderHook(
      (props: Props) => useMigrationIssues({ dataSource: source, migrationId: 'm1', ...props }),
      { wrapper: withClient(testClient()), initialProps: {} },
    );
    await waitFor(() => expect(result.current.issues?.items[0]?.message).toBe('Issue 1'));
    rerender({ migrationId: 'm2' });
    expect(result.current).toMatchObject({ issues: null, isPlaceholderData: false, isLoading: true });
    // The next migration's own embedded first page stands in instead.
    const initial: MigrationIssueList = {
      items: [{ key: '0', level: 'warning', message: 'Of m3', object: null, recordKey: null, count: 1 }],
      total: 9,
    };
    rerender({ migrationId: 'm3', initial });
    expect(result.current.issues).toEqual(initial);
    rerender({ migrationId: null });
    expect(result.current.issues).toBeNull();
    // Nor does the same id in another data source show this one's issues.
    rerender({ dataSource: issuesSource().source });
    expect(result.current.issues).toBeNull();
  });

  it('asks for nothing on refetch() without a migration id', async () => {
    const { source, listIssues } = issuesSource();
    const { result } = renderHook(() => useMigrationIssues({ dataSource: source, migrationId: null }), {
      wrapper: withClient(testClient()),
    });
    await act(() => result.current.refetch());
    expect(listIssues).not.toHaveBeenCalled();
    expect(result.current.error).toBeNull();
  });

  // What a disabled TanStack query reports (pending, idle), the same as useMigrationLogDetails.
  const withoutId = {
    issues: null,
    pageCount: null,
    hasNextPage: false,
    status: 'loading',
    isLoading: false,
    isFetching: false,
    isPlaceholderData: false,
    error: null,
    errorMessage: null,
  };
  const embeddedPage: MigrationIssueList = {
    items: [{ key: '0', level: 'error', message: 'Embedded', object: null, recordKey: null, count: 1 }],
    total: 40,
  };

  it.each([
    ['with listIssues', () => issuesSource().source, undefined],
    ['with listIssues and an embedded first page', () => issuesSource().source, embeddedPage],
    ['without listIssues', () => fakeSource(async () => page()).source, undefined],
    ['without listIssues, with an embedded page', () => fakeSource(async () => page()).source, embeddedPage],
  ])('reports the same state without a migration id, whatever the data source (%s)', async (_, source, initial) => {
    const { result } = renderHook(() => useMigrationIssues({ dataSource: source(), migrationId: null, initial }), {
      wrapper: withClient(testClient()),
    });
    expect(result.current).toMatchObject(withoutId);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toMatchObject(withoutId);
  });

  // Without an id the query's key is migration '''s: its failure is not this hook's.
  it("shows nothing of migration '' once the id is null", async () => {
    const listIssues = vi.fn(async (): Promise<IssuePage> => {
      throw new MigrationLogError('Migration not found.', { kind: 'http', status: 404 });
    });
    const { source } = fakeSource(async () => page(), { listIssues });
    const { result, rerender } = renderHook(
      (props: Props) => useMigrationIssues({ dataSource: source, migrationId: '', ...props }),
      { wrapper: withClient(testClient()), initialProps: {} },
    );
    // '' is an id like any other: it is asked for.
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(listIssues).toHaveBeenCalledWith('', { pageIndex: 0, pageSize: 25 }, expect.anything());
    rerender({ migrationId: null });
    expect(result.current).toMatchObject(withoutId);
  });

  it('loads nothing without a migration id', async () => {
    const { source, listIssues } = issuesSource();
    const { result } = renderHook(() => useMigrationIssues({ dataSource: source, migrationId: null }), {
      wrapper: withClient(testClient()),
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(listIssues).not.toHaveBeenCalled();
    expect(result.current.issues).toBeNull();
    expect(result.current.isLoading).toBe(false);
  });
});
