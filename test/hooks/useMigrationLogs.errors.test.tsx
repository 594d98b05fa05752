import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogPage } from '../../src/core/types.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { fakeSource, page, record, testClient, withClient } from './helpers.js';

const serverDown = () => new MigrationLogError('The billing backend is down.', { kind: 'http', status: 503 });

describe('useMigrationLogs errors', () => {
  it.each([
    ['null', null],
    ['a string', '<html>502 Bad Gateway</html>'],
    ['items not an array', { items: 'nope' }],
    ['an array', [record('m1')]],
  ])('shows an unreadable answer (%s) as an error, not as an empty list, without retrying', async (_, garbage) => {
    // No provider: the private client retries transient failures, so this also checks that an
    // unreadable answer is not retried.
    const { source, list } = fakeSource(async () => garbage as unknown as MigrationLogPage);
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.errorMessage).toBe('The server sent a response this view cannot read.');
    expect(result.current.error).toBeInstanceOf(MigrationLogError);
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.rows).toEqual([]);
    expect(result.current.isLoading).toBe(false);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('keeps the rows shown when a refresh fails, sets the error, and recovers on refetch()', async () => {
    let fail = false;
    const { source } = fakeSource(async () => {
      if (fail) throw serverDown();
      return page(record('m1'), record('m2'));
    });
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    const rowsBefore = result.current.rows;

    fail = true;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.rows).toBe(rowsBefore);
    expect(result.current.errorMessage).toBe('The billing backend is down.');
    expect(result.current.error?.status).toBe(503);
    expect(result.current.lastUpdatedAt).not.toBeNull();

    fail = false;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.error).toBeNull();
    expect(result.current.errorMessage).toBeNull();
    expect(result.current.rows.map((r) => r.id)).toEqual(['m1', 'm2']);
  });

  it('keeps the last rows shown when another page fails to load', async () => {
    const { source } = fakeSource(async (query) => {
      if (query.pageIndex === 1) throw serverDown();
      return { items: [record('p1')], total: 50 };
    });
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(1));
    act(() => result.current.setQuery({ pageIndex: 1 }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.rows.map((r) => r.id)).toEqual(['p1']);
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.query.pageIndex).toBe(1);
  });

  it('wraps anything a data source throws into a MigrationLogError with its message', async () => {
    const { source } = fakeSource(async () => {
      throw new TypeError('Failed to fetch');
    });
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error).toBeInstanceOf(MigrationLogError);
    expect(result.current.errorMessage).toBe('Failed to fetch');
  });

  it('does not retry client errors but retries a transient one once', async () => {
    const notFound = fakeSource(async () => {
      throw new MigrationLogError('No such tenant.', { kind: 'http', status: 404 });
    });
    const transient = fakeSource(async () => {
      throw serverDown();
    });
    // A host client that sets no retry: the hooks' own policy decides.
    const client = new QueryClient({ defaultOptions: { queries: { retryDelay: 1 } } });
    const a = renderHook(() => useMigrationLogs({ dataSource: notFound.source }), { wrapper: withClient(client) });
    const b = renderHook(() => useMigrationLogs({ dataSource: transient.source }), { wrapper: withClient(client) });
    await waitFor(() => expect(a.result.current.status).toBe('error'));
    await waitFor(() => expect(b.result.current.status).toBe('error'));
    expect(notFound.list).toHaveBeenCalledTimes(1);
    expect(transient.list).toHaveBeenCalledTimes(2);
  });
});
