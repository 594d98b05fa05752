import { QueryClient } from '@tanstack/react-query';
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

  it('shares a pending cancel with every instance for the data source, and never sends it twice', async () => {
    const { source, cancel, gate } = cancellableSource();
    const client = testClient();
    const first = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });
    const second = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });

    let started = false;
    let again = true;
    act(() => {
      started = first.result.current.cancel('m1');
      // In the same tick, before any render: the cache already knows.
      again = first.result.current.cancel('m1');
    });
    expect(started).toBe(true);
    expect(again).toBe(false);
    await waitFor(() => expect(second.result.current.isCancelling('m1')).toBe(true));
    expect(second.result.current.pendingIds).toEqual(['m1']);
    expect(second.result.current.isCancelling('m2')).toBe(false);
    // The instance's own fields stay its own: this one started nothing.
    expect(second.result.current.isPending).toBe(false);
    expect(second.result.current.pendingId).toBeNull();
    expect(first.result.current.pendingId).toBe('m1');

    act(() => {
      started = second.result.current.cancel('m1');
    });
    expect(started).toBe(false);
    expect(second.result.current.isPending).toBe(false);
    expect(cancel).toHaveBeenCalledTimes(1);

    // The one that started it unmounts (the dialog closed); a new one still sees it pending.
    first.unmount();
    const third = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });
    expect(third.result.current.isCancelling('m1')).toBe(true);
    act(() => {
      third.result.current.cancel('m1');
    });
    expect(cancel).toHaveBeenCalledTimes(1);

    act(() => gate.resolve());
    await waitFor(() => expect(third.result.current.pendingIds).toEqual([]));
    expect(second.result.current.isCancelling('m1')).toBe(false);
    expect(third.result.current.error).toBeNull();
  });

  it('keeps cancels of other data sources and of other clients apart', async () => {
    const one = cancellableSource();
    const other = cancellableSource();
    const client = testClient();
    const a = renderHook(() => useCancelMigration({ dataSource: one.source }), { wrapper: withClient(client) });
    const b = renderHook(() => useCancelMigration({ dataSource: other.source }), { wrapper: withClient(client) });
    const c = renderHook(() => useCancelMigration({ dataSource: one.source }), { wrapper: withClient(testClient()) });
    act(() => {
      a.result.current.cancel('m1');
    });
    await waitFor(() => expect(a.result.current.isCancelling('m1')).toBe(true));
    expect(b.result.current.isCancelling('m1')).toBe(false);
    expect(c.result.current.isCancelling('m1')).toBe(false);
    act(() => one.gate.resolve());
    await waitFor(() => expect(a.result.current.isPending).toBe(false));
  });

  it('shows a failed cancel of its migrationId started by an unmounted instance, until reset()', async () => {
    const answer = deferred<void>();
    const { source, cancel } = cancellableSource(() => answer.promise);
    const client = testClient();
    const first = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });
    act(() => {
      first.result.current.cancel('m1');
    });
    first.unmount();
    act(() => answer.reject(new MigrationLogError('The migration already finished.', { kind: 'http', status: 409 })));
    await waitFor(() => expect(client.isMutating()).toBe(0));

    const open = (migrationId?: string) =>
      renderHook(() => useCancelMigration({ dataSource: source, migrationId }), { wrapper: withClient(client) });
    const second = open('m1');
    expect(second.result.current.errorMessage).toBe('The migration already finished.');
    expect(second.result.current.error?.status).toBe(409);
    expect(second.result.current.isPending).toBe(false);
    expect(open('m2').result.current.error).toBeNull();
    expect(open().result.current.error).toBeNull();

    act(() => second.result.current.reset());
    await waitFor(() => expect(second.result.current.error).toBeNull());
    // Forgotten for good: a later instance does not show it again.
    expect(open('m1').result.current.error).toBeNull();
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('reset() after its own failed cancel also forgets it for instances mounted later', async () => {
    const { source } = cancellableSource(async () => {
      throw new MigrationLogError('Cancelling is paused.', { kind: 'http', status: 503 });
    });
    const client = testClient();
    const first = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });
    act(() => {
      first.result.current.cancel('m1');
    });
    await waitFor(() => expect(first.result.current.errorMessage).toBe('Cancelling is paused.'));
    act(() => first.result.current.reset());
    const later = renderHook(() => useCancelMigration({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(client),
    });
    expect(later.result.current.error).toBeNull();
  });

  it('lets a newer cancel of the migration replace an older failure', async () => {
    let fail = true;
    const gate = deferred<void>();
    const { source } = cancellableSource(async () => {
      if (fail) throw new MigrationLogError('Cancelling is paused.', { kind: 'http', status: 503 });
      await gate.promise;
    });
    const client = testClient();
    const first = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });
    act(() => {
      first.result.current.cancel('m1');
    });
    first.unmount();
    await waitFor(() => expect(client.isMutating()).toBe(0));

    const open = () =>
      renderHook(() => useCancelMigration({ dataSource: source, migrationId: 'm1' }), { wrapper: withClient(client) });
    const second = open();
    expect(second.result.current.errorMessage).toBe('Cancelling is paused.');
    fail = false;
    act(() => {
      second.result.current.cancel('m1');
    });
    await waitFor(() => expect(second.result.current.isPending).toBe(true));
    expect(second.result.current.error).toBeNull();
    // Pending elsewhere: a third instance shows it pending, not the older failure.
    const third = open();
    expect(third.result.current.isCancelling('m1')).toBe(true);
    expect(third.result.current.error).toBeNull();
    act(() => gate.resolve());
    await waitFor(() => expect(third.result.current.pendingIds).toEqual([]));
    expect(third.result.current.error).toBeNull();
    expect(open().result.current.error).toBeNull();
  });

  it('forgets a failed cancel when the mutation cache does (gcTime)', async () => {
    const { source } = cancellableSource(async () => {
      throw new MigrationLogError('Cancelling is paused.', { kind: 'http', status: 503 });
    });
    const client = new QueryClient({ defaultOptions: { mutations: { gcTime: 50 } } });
    const first = renderHook(() => useCancelMigration({ dataSource: source }), { wrapper: withClient(client) });
    act(() => {
      first.result.current.cancel('m1');
    });
    await waitFor(() => expect(first.result.current.error).not.toBeNull());
    first.unmount();
    const second = renderHook(() => useCancelMigration({ dataSource: source, migrationId: 'm1' }), {
      wrapper: withClient(client),
    });
    expect(second.result.current.errorMessage).toBe('Cancelling is paused.');
    await waitFor(() => expect(second.result.current.error).toBeNull());
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
