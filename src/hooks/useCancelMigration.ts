import type { QueryClient } from '@tanstack/react-query';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { errorMessage, MigrationLogError } from '../core/errors.js';
import type { MigrationLogDataSource } from '../core/types.js';
import { useResolvedQueryClient } from './query-client.js';
import { migrationLogKeys } from './query-keys.js';
import { toMigrationLogError } from './to-error.js';

export interface UseCancelMigrationOptions {
  /** The source whose `cancel` is called; without `cancel`, `isSupported` is false. */
  dataSource: MigrationLogDataSource;
  /** The QueryClient to use. Default: the nearest `QueryClientProvider`'s, else a private one. */
  queryClient?: QueryClient | undefined;
}

export interface UseCancelMigrationResult {
  /** The data source can cancel (`dataSource.cancel` exists); hide the action otherwise. */
  isSupported: boolean;
  /** Asks the data source to cancel; on success the migration's details and the list reload. */
  cancel: (migrationId: string) => void;
  /** Cancelling, including reloading the new status afterwards. */
  isPending: boolean;
  /** The id being cancelled, while pending. */
  pendingId: string | null;
  /** Why the last cancel failed, or null. */
  error: MigrationLogError | null;
  /** `error` as English text (the server's own words where it sent some); for the `messages` language use `errorText(error, messages)`. */
  errorMessage: string | null;
  /** Clears the error (e.g. when the dialog closes). */
  reset: () => void;
}

/** Cancelling an active migration. */
export function useCancelMigration(options: UseCancelMigrationOptions): UseCancelMigrationResult {
  const { dataSource } = options;
  const client = useResolvedQueryClient(options.queryClient);
  const isSupported = typeof dataSource.cancel === 'function';

  const mutation = useMutation<void, MigrationLogError, string>(
    {
      mutationFn: async (id) => {
        if (typeof dataSource.cancel !== 'function') {
          throw new MigrationLogError('This data source cannot cancel migrations.', { kind: 'unknown', detail: null });
        }
        // Never aborted: once the user confirmed, the request should reach the server even if the
        // dialog closes; the invalidation below then shows the outcome wherever it is displayed.
        const controller = new AbortController();
        try {
          await dataSource.cancel(id, { signal: controller.signal });
        } catch (error) {
          throw toMigrationLogError(error);
        }
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

  const { mutate, reset } = mutation;
  const cancel = useCallback((id: string) => mutate(id), [mutate]);
  const error = useMemo(() => (mutation.error ? toMigrationLogError(mutation.error) : null), [mutation.error]);
  return {
    isSupported,
    cancel,
    isPending: mutation.isPending,
    pendingId: mutation.isPending ? (mutation.variables ?? null) : null,
    error,
    errorMessage: error ? errorMessage(error) : null,
    reset,
  };
}
