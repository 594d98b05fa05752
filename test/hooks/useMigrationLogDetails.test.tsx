import { QueryClient } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDetailsRecord, RequestContext } from '../../src/core/types.js';
import { useMigrationLogDetails } from '../../src/hooks/useMigrationLogDetails.js';
import { fakeSource, page, record, resetVisibility, setVisibility, testClient, withClient } from './helpers.js';

function detailsSource(get: (id: string, ctx: RequestContext) => Promise<MigrationLogDetailsRecord>) {
  return fakeSource(async () => page(), { get: vi.fn(get) });
}

const details = (id: string, overrides: Partial<MigrationLogDetailsRecord> = {}): MigrationLogDetailsRecord => ({
  ...record(id),
  objects: [{ name: 'Invoice items', total: 10, processed: 10, failed: 0, skipped: 0 }],
  issueCounts: { total: 10, processed: 10, succeeded: 10 },
  ...overrides,
});

describe('useMigrationLogDetails', () => {
  afterEach(() => {
    vi.useRealTimers();
    resetVisibility();
  });

  it('loads one migration by id with an abort signal, normalised', async () => {
    const { source } = detailsSource(async (id) => details(id, { status: 'COMPLETED_WARNING' }));
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm-42' }), {
      wrapper: withClient(testClient()),
    });
    expect(result.current.isLoading).toBe(true);
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(source.get).toHaveBeenCalledWith('m-42', { signal: expect.any(AbortSignal) });
    expect(result.current.details?.id).toBe('m-42');
    expect(result.current.details?.status).toBe('completed-warning');
    expect(result.current.details?.objects[0]?.name).toBe('Invoice items');
    expect(result.current.lastUpdatedAt).not.toBeNull();
  });

  it('makes no request for a null id', async () => {
    const { source } = detailsSource(async (id) => details(id));
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: null }), {
      wrapper: withClient(testClient()),
    });
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(source.get).not.toHaveBeenCalled();
    expect(result.current.details).toBeNull();
    expect(result.current.isLoading).toBe(false);
  });

  // The state of a disabled TanStack query (pending, idle), the same as useMigrationIssues'.
  const withoutId = {
    details: null,
    status: 'loading',
    isLoading: false,
    isRefreshing: false,
    error: null,
    errorMessage: null,
    isNotFound: false,
    lastUpdatedAt: null,
  };

  it('reports a pending, idle state for a null id', async () => {
    const { source } = detailsSource(async (id) => details(id));
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: null }), {
      wrapper: withClient(testClient()),
    });
    expect(result.current).toMatchObject(withoutId);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
    expect(result.current).toMatchObject(withoutId);
  });

  // Without an id the query's key is migration '''s: what came of it is not this hook's.
  it.each([
    ['not found', () => Promise.reject(new MigrationLogError('Migration not found.', { kind: 'http', status: 404 }))],
    ['found', () => Promise.resolve(details(''))],
  ])("shows nothing of migration '' (%s) once the id is null", async (_, get) => {
    const { source } = detailsSource(get);
    const { result, rerender } = renderHook(
      ({ migrationId }: { migrationId: string | null }) => useMigrationLogDetails({ dataSource: source, migrationId }),
      { wrapper: withClient(testClient()), initialProps: { migrationId: '' as string | null } },
    );
    // '' is an id like any other: it is asked for.
    await waitFor(() => expect(result.current.status).not.toBe('loading'));
    expect(source.get).toHaveBeenCalledWith('', expect.anything());
    rerender({ migrationId: null });
    expect(result.current).toMatchObject(withoutId);
  });

  // A Retry pressed while the dialog closes (its id already null) asked for migration ''.
  it('asks for nothing on refetch() without a migration id', async () => {
    const { source } = detailsSource(async (id) => details(id));
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: null }), {
      wrapper: withClient(testClient()),
    });
    await act(() => result.current.refetch());
    expect(source.get).not.toHaveBeenCalled();
    expect(result.current.details).toBeNull();
    expect(result.current.error).toBeNull();
  });

  it('exposes a 404 as isNotFound and never retries it', async () => {
    const { source } = detailsSource(async () => {
      throw new MigrationLogError('Migration not found.', { kind: 'http', status: 404 });
    });
    // A client with TanStack's default of 3 retries: the hook's policy must still skip them.
    const client = new QueryClient({ defaultOptions: { queries: { retry: 3, retryDelay: 1 } } });
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'gone' }), {
      wrapper: withClient(client),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.isNotFound).toBe(true);
    expect(result.current.errorMessage).toBe('Migration not found.');
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    expect(source.get).toHaveBeenCalledTimes(1);
  });

  it('retries other failures per the host client and does not call them not found', async () => {
    const { source } = detailsSource(async () => {
      throw new MigrationLogError('Gateway timeout.', { kind: 'http', status: 504 });
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: 2, retryDelay: 1 } } });
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(client),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.isNotFound).toBe(false);
    expect(source.get).toHaveBeenCalledTimes(3);
  });

  it('shows an unreadable answer as an error', async () => {
    const { source } = detailsSource(async () => 'oops' as unknown as MigrationLogDetailsRecord);
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.errorMessage).toBe('The server sent a response this view cannot read.');
  });

  it.each([
    ['an empty object', {}],
    ['an envelope around the record', { data: { id: 'm1', status: 'Completed' } }],
    ['a list answer', { items: [{ id: 'm1', status: 'Completed' }], total: 1 }],
  ])('shows %s, with neither id nor status, as an error, keeping details shown before', async (_name, answer) => {
    let garbage = false;
    const { source } = detailsSource(async (id) =>
      garbage ? (answer as unknown as MigrationLogDetailsRecord) : details(id),
    );
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.details?.status).toBe('completed'));
    garbage = true;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.kind).toBe('invalid-response');
    expect(result.current.details).toMatchObject({ id: 'm1', status: 'completed', generatedBy: 'ada@example.com' });
  });

  it('polls while the migration is active, stops once final, and pauses while hidden', async () => {
    vi.useFakeTimers();
    const advance = (ms: number) =>
      act(async () => {
        await vi.advanceTimersByTimeAsync(ms);
        await vi.advanceTimersByTimeAsync(10);
      });
    let status = 'Accepted';
    const { source } = detailsSource(async (id) => details(id, { status, endTime: null }));
    const { result } = renderHook(
      () => useMigrationLogDetails({ dataSource: source, migrationId: 'm1', refreshInterval: 2000 }),
      { wrapper: withClient(testClient()) },
    );
    await advance(0);
    expect(source.get).toHaveBeenCalledTimes(1);
    await advance(2000);
    expect(source.get).toHaveBeenCalledTimes(2);

    setVisibility('hidden');
    await advance(10_000);
    expect(source.get).toHaveBeenCalledTimes(2);
    setVisibility('visible');

    status = 'Completed';
    await advance(2000);
    expect(source.get).toHaveBeenCalledTimes(3);
    expect(result.current.details?.status).toBe('completed');
    await advance(30_000);
    expect(source.get).toHaveBeenCalledTimes(3);
  });

  it('keeps unchanged parts of the details identical across refreshes', async () => {
    let progress = 10;
    const { source } = detailsSource(async (id) => details(id, { status: 'In progress', progress }));
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.details).not.toBeNull());
    const before = result.current.details;
    await act(() => result.current.refetch());
    await waitFor(() => expect(source.get).toHaveBeenCalledTimes(2));
    expect(result.current.details).toBe(before);
    progress = 20;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.details?.progress).toBe(20));
    expect(result.current.details?.objects).toBe(before?.objects);
    expect(result.current.details?.startTime).toBe(before?.startTime);
  });

  it('keeps the details shown when a refresh fails', async () => {
    let fail = false;
    const { source } = detailsSource(async (id) => {
      if (fail) throw new MigrationLogError('Backend down.', { kind: 'http', status: 500 });
      return details(id);
    });
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.details).not.toBeNull());
    fail = true;
    await act(() => result.current.refetch());
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.details?.id).toBe('m1');
    expect(result.current.errorMessage).toBe('Backend down.');
  });
});
