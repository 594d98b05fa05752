import type { QueryClient } from '@tanstack/react-query';
import { useMutation, useMutationState } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage, MigrationLogError } from '../core/errors.js';
import type { MigrationLogDataSource } from '../core/types.js';
import { useResolvedQueryClient } from './query-client.js';
import { migrationLogKeys } from './query-keys.js';
import { callDataSource } from './to-error.js';

/** Options of `useCancelMigration`. */
export interface UseCancelMigrationOptions {
  /** The source whose `cancel` is called; without `cancel`, `isSupported` is false. */
  dataSource: MigrationLogDataSource;
  /** The QueryClient to use. @default the nearest `QueryClientProvider`'s, else a private one */
  queryClient?: QueryClient | undefined;
  /**
   * The migration this instance shows (e.g. a dialog's): `error` then also reports the newest cancel
   * of it when that failed, even if started by another instance since unmounted (a closed dialog).
   * @default none (`error` reports only this hook's own cancel)
   */
  migrationId?: string | undefined;
}

/** What `useCancelMigration` returns. */
export interface UseCancelMigrationResult {
  /** The data source can cancel (`dataSource.cancel` exists); hide the action otherwise. */
  isSupported: boolean;
  /**
   * Asks the data source to cancel; on success the migration's details and the list reload.
   * Returns false, and sends nothing, while a cancel of the same id is pending anywhere (see `isCancelling`).
   */
  cancel: (migrationId: string) => boolean;
  /** This hook's own cancel is pending, including reloading the new status afterwards. */
  isPending: boolean;
  /** The id this hook is cancelling, while pending. */
  pendingId: string | null;
  /**
   * Ids with a cancel pending for this data source and QueryClient, started by any hook instance,
   * including ones since unmounted (a closed dialog); each until its new status is loaded.
   */
  pendingIds: readonly string[];
  /** Whether a cancel of `migrationId` is pending: `pendingIds.includes(migrationId)`. */
  isCancelling: (migrationId: string) => boolean;
  /**
   * Why the last cancel this hook started failed, else why the newest cancel of `migrationId` failed
   * (started by any instance), or null. A newer cancel of it replaces that failure; it is kept as
   * long as the QueryClient keeps the failed mutation (`gcTime`) or until `reset()`.
   */
  error: MigrationLogError | null;
  /** `error` as English text (the server's own words where it sent some); for the `messages` language use `errorText(error, messages)`. */
  errorMessage: string | null;
  /**
   * Clears the error (e.g. when the user dismisses it): also forgets failed cancels of `migrationId`
   * and of the id this hook last cancelled, for every instance, so none shows them again.
   */
  reset: () => void;
}

/**
 * Cancelling an active migration. Cancels are shared through the QueryClient's mutation cache, keyed
 * by data source: a cancel keeps running when the component that started it unmounts (it is never
 * aborted), every instance for the same data source sees it in `pendingIds`, and none can send a
 * second one for the same migration while it is pending. `isPending` and `pendingId` stay this
 * instance's own: the success of a cancel started elsewhere shows as the reloaded details, its
 * failure in `error` of an instance given its `migrationId`.
 */
export function useCancelMigration(options: UseCancelMigrationOptions): UseCancelMigrationResult {
  const { dataSource, migrationId } = options;
  const client = useResolvedQueryClient(options.queryClient);
  const isSupported = typeof dataSource.cancel === 'function';
  const mutationKey = migrationLogKeys.cancel(dataSource);

  const mutation = useMutation<void, MigrationLogError, string>(
    {
      mutationKey,
      // Whatever the host's client defaults to: a failure shows in the dialog, not in the host's
      // error boundary, and a cancel the user confirmed once is sent once.
      throwOnError: false,
      retry: false,
      mutationFn: async (id) => {
        if (typeof dataSource.cancel !== 'function') {
          throw new MigrationLogError('This data source cannot cancel migrations.', { kind: 'unknown', detail: null });
        }
        // Never aborted: once the user confirmed, the request should reach the server even if the
        // dialog closes; the invalidation below then shows the outcome wherever it is displayed.
        await callDataSource(() => dataSource.cancel?.(id, { signal: new AbortController().signal }));
      },
      // Returned so `isPending` lasts until the new status is loaded, not just until the POST ends.
      onSuccess: (_data, id) =>
        Promise.all([
          client.invalidateQueries({ queryKey: migrationLogKeys.details(dataSource, id) }),
          client.invalidateQueries({ queryKey: migrationLogKeys.lists(dataSource) }),
        ]),
    },
    client,
  );

  const pendingIds = useMutationState(
    { filters: { mutationKey, status: 'pending' }, select: (m) => m.state.variables as string },
    client,
  );
  const isCancelling = useCallback((id: string) => pendingIds.includes(id), [pendingIds]);

  // The newest cancel of `migrationId` is last: the cache keeps them in the order they were made.
  const newest = useMutationState(
    {
      filters: { mutationKey, predicate: (m) => m.state.variables === migrationId },
      select: (m) => m.state.error as MigrationLogError | null,
    },
    client,
  ).at(-1);

  const { mutate, variables } = mutation;
  const cancel = useCallback(
    (id: string) => {
      // Asks the cache, not the last render, so two calls in one tick still send one request.
      const pending = client.getMutationCache().find({
        mutationKey: migrationLogKeys.cancel(dataSource),
        status: 'pending',
        predicate: (m) => m.state.variables === id,
      });
      if (pending) return false;
      mutate(id);
      return true;
    },
    [client, dataSource, mutate],
  );
  const resetOwn = mutation.reset;
  const reset = useCallback(() => {
    resetOwn();
    const cache = client.getMutationCache();
    for (const m of cache.findAll({ mutationKey: migrationLogKeys.cancel(dataSource), status: 'error' })) {
      if (m.state.variables === migrationId || m.state.variables === variables) cache.remove(m);
    }
  }, [client, dataSource, migrationId, variables, resetOwn]);
  // Always a MigrationLogError: the mutation function throws nothing else.
  const error = mutation.error ?? newest ?? null;
  return {
    isSupported,
    cancel,
    isPending: mutation.isPending,
    pendingId: mutation.isPending ? (mutation.variables ?? null) : null,
    pendingIds,
    isCancelling,
    error,
    errorMessage: error && errorMessage(error),
    reset,
  };
}
