import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { pageCount } from '../core/query.js';
import type { MigrationLog, MigrationLogListResult } from '../core/types.js';
import { fetchListPage, hasActiveRows } from './list-page.js';
import { ownQueryOptions } from './own-query-options.js';
import { useResolvedQueryClient } from './query-client.js';
import { migrationLogKeys } from './query-keys.js';
import { useQueryOutcome } from './query-outcome.js';
import { resolveRefreshInterval } from './refresh-interval.js';
import { shareDeep } from './structural-sharing.js';
import { useDataSourceSubscription } from './useDataSourceSubscription.js';
import type { UseMigrationLogsOptions, UseMigrationLogsResult } from './useMigrationLogs.types.js';
import { useQueryState } from './useQueryState.js';

const NO_ROWS: MigrationLog[] = [];

/**
 * One page of migrations for a query, kept fresh while any shown migration is active. Headless:
 * state and actions only.
 */
export function useMigrationLogs(options: UseMigrationLogsOptions): UseMigrationLogsResult {
  const { dataSource, refresh = true, enabled = true } = options;
  const client = useResolvedQueryClient(options.queryClient);
  const [query, setQuery] = useQueryState(options);
  const interval = resolveRefreshInterval(options.refreshInterval);
  const pushes = useDataSourceSubscription(dataSource, client, migrationLogKeys.lists(dataSource), enabled);
  const polls = refresh && !pushes;

  const result = useQuery(
    {
      ...ownQueryOptions(client),
      queryKey: migrationLogKeys.list(dataSource, query),
      queryFn: ({ signal }) => fetchListPage(dataSource, query, signal),
      enabled,
      // The previous page stays while the next loads (no skeleton over rows already shown).
      placeholderData: keepPreviousData,
      structuralSharing: shareDeep,
      refetchInterval: (q) => (polls && hasActiveRows(q.state.data) ? interval : false),
    },
    client,
  );

  // TanStack drops placeholder data once the new page fails; the last good rows stay on screen
  // beside the error instead (a ref, as it only mirrors what the cache already committed).
  const lastGood = useRef<{ data: MigrationLogListResult; updatedAt: number } | null>(null);
  if (result.data !== undefined && !result.isPlaceholderData) {
    lastGood.current = { data: result.data, updatedAt: result.dataUpdatedAt };
  }
  const fallback = result.data === undefined && result.isError ? lastGood.current : null;
  const data = result.data ?? fallback?.data;
  const isPlaceholderData = result.isPlaceholderData || fallback !== null;

  const outcome = useQueryOutcome(result, enabled);

  const total = data?.total ?? null;
  const rows = data?.items ?? NO_ROWS;
  const pages = pageCount(total, query.pageSize);
  // A page past the end (a stale link, rows gone since) never shows as "no migrations": the query
  // goes to the last page, or back one page while the count is unknown or pages keep coming back
  // empty. Through `onQueryChange` too, so a host's URL is corrected.
  const pastEnd = result.isSuccess && !isPlaceholderData && rows.length === 0 && query.pageIndex > 0;
  const back = Math.min(query.pageIndex, pages ?? query.pageIndex) - 1;
  useEffect(() => {
    if (pastEnd) setQuery({ pageIndex: back });
  }, [pastEnd, back, setQuery]);

  return {
    query,
    setQuery,
    rows,
    total,
    // No total compares as 0: a page holds at least one row.
    hasNextPage: data?.hasNextPage || (query.pageIndex + 1) * query.pageSize < (total ?? 0),
    pageCount: pages,
    isFetching: result.isFetching,
    isRefreshing: result.isFetching && data !== undefined,
    isPlaceholderData,
    ...outcome,
    lastUpdatedAt: isPlaceholderData ? (lastGood.current?.updatedAt ?? null) : result.dataUpdatedAt || null,
    hasActiveMigrations: hasActiveRows(data),
  };
}
