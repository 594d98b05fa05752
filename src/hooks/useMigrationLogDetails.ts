import type { QueryClient } from '@tanstack/react-query';
import { useQuery } from '@tanstack/react-query';
import { detailsAnswerProblems, warnContractProblems, warnIfUnsettled } from '../core/contract-check.js';
import { invalidResponseError, type MigrationLogError } from '../core/errors.js';
import { normalizeMigrationLogDetails } from '../core/normalize.js';
import { isObject, toId } from '../core/normalize-values.js';
import { isActiveStatus } from '../core/status.js';
import type { MigrationLogDataSource, MigrationLogDetails } from '../core/types.js';
import { ownQueryOptions } from './own-query-options.js';
import { useResolvedQueryClient } from './query-client.js';
import { migrationLogKeys } from './query-keys.js';
import { NO_ID, useQueryOutcome } from './query-outcome.js';
import { resolveRefreshInterval } from './refresh-interval.js';
import { shareDeep } from './structural-sharing.js';
import { callDataSource, isNotFoundError } from './to-error.js';
import { useDataSourceSubscription } from './useDataSourceSubscription.js';

/** Options of `useMigrationLogDetails`. */
export interface UseMigrationLogDetailsOptions {
  /** Where the migration comes from. */
  dataSource: MigrationLogDataSource;
  /**
   * The migration to load. `null` loads nothing (e.g. the dialog is closed) and reports the same
   * whatever the data source or cache: `details` null, `status` `'loading'` with `isLoading` and
   * `isRefreshing` false (TanStack Query's disabled query: pending, idle), no error, a `refetch`
   * that asks for nothing. `''` is an id like any other and is asked for (the REST source answers
   * it as not found, `isNotFound`); pass `null` for "no migration".
   */
  migrationId: string | null;
  /**
   * Milliseconds between refreshes while the migration is active; values below 1000 are raised to
   * 1000. Never polled once final, while the page is hidden, or when the data source has
   * `subscribe`. @default 5000
   */
  refreshInterval?: number | undefined;
  /** The QueryClient to use. @default the nearest `QueryClientProvider`'s, else a private one */
  queryClient?: QueryClient | undefined;
  /** Set `false` to hold off loading. @default true */
  enabled?: boolean | undefined;
}

/** What `useMigrationLogDetails` returns. */
export interface UseMigrationLogDetailsResult {
  /** The details, or null before they load. Kept while a refresh fails. */
  details: MigrationLogDetails | null;
  /** `'loading'` until details or an error arrive, and while `migrationId` is null. */
  status: 'loading' | 'success' | 'error';
  /** An id is given, nothing is shown yet and it is loading. */
  isLoading: boolean;
  /** A refresh is in flight while details are shown. */
  isRefreshing: boolean;
  /** Why the latest load failed, or null; details shown before stay in `details`. */
  error: MigrationLogError | null;
  /** `error` as English text (the server's own words where it sent some); for the `messages` language use `errorText(error, messages)`. */
  errorMessage: string | null;
  /** The data source answered 404: the migration does not exist (never retried). */
  isNotFound: boolean;
  /** Loads the details again (e.g. a Retry button). */
  refetch: () => Promise<void>;
  /** Epoch ms of the details shown, or null. */
  lastUpdatedAt: number | null;
}

/** Details of one migration, polled while it is active. */
export function useMigrationLogDetails(options: UseMigrationLogDetailsOptions): UseMigrationLogDetailsResult {
  const { dataSource, migrationId, enabled = true } = options;
  const client = useResolvedQueryClient(options.queryClient);
  const interval = resolveRefreshInterval(options.refreshInterval);
  const isEnabled = enabled && migrationId !== null;
  const id = migrationId ?? '';
  const queryKey = migrationLogKeys.details(dataSource, id);
  const polls = !useDataSourceSubscription(dataSource, client, queryKey, isEnabled);

  const result = useQuery(
    {
      ...ownQueryOptions(client),
      queryKey,
      queryFn: async ({ signal }): Promise<MigrationLogDetails> => {
        const answer = callDataSource(() => dataSource.get(id, { signal }));
        warnIfUnsettled('get()', answer, signal);
        const raw: unknown = await answer;
        warnContractProblems(() => detailsAnswerProblems(raw, id));
        // With neither id nor status it is no migration (`{}`, an envelope, a list): shown, it
        // would replace every value on screen by "—" without a word of error.
        if (!isObject(raw) || (raw.id ?? raw.status) == null) throw invalidResponseError();
        const details = normalizeMigrationLogDetails(raw);
        // The answer is about the migration asked for: without an id it is that one; with another
        // id it is not, and showing it under this id would be wrong.
        if (toId(raw.id) === null) return { ...details, id, rowKey: id };
        if (details.id !== (toId(id) ?? id))
          throw invalidResponseError('The server sent the details of another migration.');
        return details;
      },
      enabled: isEnabled,
      structuralSharing: shareDeep,
      refetchInterval: (q) => (polls && q.state.data && isActiveStatus(q.state.data.status) ? interval : false),
    },
    client,
  );

  const outcome = useQueryOutcome(result, isEnabled);

  return {
    details: migrationId === null ? null : (result.data ?? null),
    isRefreshing: result.isFetching && result.data !== undefined,
    ...outcome,
    isNotFound: isNotFoundError(outcome.error),
    lastUpdatedAt: result.dataUpdatedAt || null,
    // Without an id the query's key is migration '''s: its state (and refetch) are not this hook's.
    ...(migrationId === null && { ...NO_ID, isRefreshing: false, isNotFound: false, lastUpdatedAt: null }),
  };
}
