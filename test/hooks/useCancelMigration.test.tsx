import { act, renderHook, waitFor } from '@testing-library/react';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, RequestContext } from '../../src/core/types.js';
import { useCancelMigration } from '../../src/hooks/useCancelMigration.js';
import { useMigrationLogDetails } from '../../src/hooks/useMigrationLogDetails.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { deferred, page, record, testClient, withClient } from './helpers.js';

/** A backend with one running migration that can be cancelled (it then reads as Error). */
function cancellableSource(cancelImpl?: (id: string) => Promise<void>) {
  let status = 'In progress';
  const gate = deferred<void>();
  const cancel = vi.fn(async (id: string, _ctx: RequestContext) => {
    if (cancelImpl) return cancelImpl(id);
    await gate.promise;
    status = 'Error';
  });
  const source: MigrationLogDataSource = {
    list: vi.fn(async () => page(record('m1', { status, endTime: null }))),
    get: vi.fn(async (id: string) => record(id, { status, endTime: null })),
    cancel,
  };
  return { source, cancel, gate };
}

function useScreen(dataSource: MigrationLogDataSource) {
  return {
    list: useMigrationLogs({ dataSource, refresh: false }),
    details: useMigrationLogDetails({ dataSource, migrationId: 'm1' }),
    cancel: useCancelMigration({ dataSource }),
  };
}

describe('useCancelMigration', () => {
  it('cancels, then reloads the details and the list so the new status shows', async () => {
    const { source, cancel, gate } = cancellableSource();
    const { result } = renderHook(() => useScreen(source), { wrapper: withClient(testClient()) });
    await waitFor(() => expect(result.current.details.details?.status).toBe('in-progress'));
    await waitFor(() => expect(result.current.list.rows[0]?.status).toBe('in-progress'));
    expect(result.current.cancel.isSupported).toBe(true);

    act(() => result.current.cancel.cancel('m1'));
    await waitFor(() => expect(result.current.cancel.isPending).toBe(true));
    expect(result.current.cancel.pendingId).toBe('m1');
    act(() => gate.resolve());
    await waitFor(() => expect(result.current.cancel.isPending).toBe(false));
    // isPending lasts until the new status is loaded.
    expect(result.current.details.details?.status).toBe('error');
    expect(result.current.list.rows[0]?.status).toBe('error');
    expect(cancel).toHaveBeenCalledWith('m1', { signal: expect.any(AbortSignal) });
    expect(result.current.cancel.error).toBeNull();
  });

  it("exposes the server's message when cancelling fails, and reset() clears it", async () => {
    const { source } = cancellableSource(async () => {
      throw new MigrationLogError('The migration already finished.', { kind: 'http', status: 409 });
    });
    const { result } = renderHook(() => useCancelMigration({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    act(() => result.current.cancel('m1'));
    await waitFor(() => expect(result.current.errorMessage).toBe('The migration already finished.'));
    expect(result.current.error?.status).toBe(409);
    expect(result.current.isPending).toBe(false);
    act(() => result.current.reset());
    await waitFor(() => expect(result.current.error).toBeNull());
  });

  it('reports when the data source cannot cancel', async () => {
    const source: MigrationLogDataSource = { list: async () => page(), get: async (id) => record(id) };
    const { result } = renderHook(() => useCancelMigration({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    expect(result.current.isSupported).toBe(false);
    act(() => result.current.cancel('m1'));
    await waitFor(() => expect(result.current.errorMessage).toBe('This data source cannot cancel migrations.'));
  });
});
