import { type QueryClient, useQueries } from '@tanstack/react-query';
import { useReducer, useRef } from 'react';
import { flushSync } from 'react-dom';
import { errorMessage, type MigrationLogError } from '../core/errors.js';
import { wholeAtLeast } from '../core/query.js';
import type { MigrationLog, MigrationLogDataSource, MigrationLogQuery } from '../core/types.js';
import { fetchListPage, hasActiveRows } from './list-page.js';
import { ownQueryOptions } from './own-query-options.js';
import { useResolvedQueryClient } from './query-client.js';
import { migrationLogKeys } from './query-keys.js';
import { resolveRefreshInterval } from './refresh-interval.js';
import { shareDeep } from './structural-sharing.js';
import { toMigrationLogError } from './to-error.js';
import { useIsomorphicLayoutEffect } from './use-layout-effect.js';
import { useRangePoll } from './use-range-poll.js';
import { useDataSourceSubscription } from './useDataSourceSubscription.js';
import type { MigrationLogListState } from './useMigrationLogs.types.js';

// useLayoutEffect warns during server rendering in React 18; nothing is fetched there anyway.

/** Rows fetched per request when scrolling, unless the host says otherwise. */
export const DEFAULT_SCROLL_PAGE_SIZE = 100;
// A viewport never needs more; a bad range must not fire a thousand requests.
const MAX_PAGES = 8;

/** Options of `useMigrationLogRange`. */
export interface UseMigrationLogRangeOptions {
  /** Where the rows come from, a chunk (`list` page) at a time. */
  dataSource: MigrationLogDataSource;
  /** Sort and filter of the list. Its `pageIndex` and `pageSize` are ignored: rows come in chunks of `pageSize`. */
  query: MigrationLogQuery;
  /** First and last row index wanted (inclusive): the rows in view, plus a margin. */
  range: { start: number; end: number };
  /** Rows per request, floored to a whole number of at least 1; NaN or Infinity give the default. @default 100 (`DEFAULT_SCROLL_PAGE_SIZE`) */
  pageSize?: number | undefined;
  /** Milliseconds between refreshes of the chunks in range, all at once, while one shows an active migration (floor 1000). @default 5000 */
  refreshInterval?: number | undefined;
  /** Refresh the chunks in range automatically while one shows an active migration; off when the source pushes (`subscribe`). @default true */
  refresh?: boolean | undefined;
  /** The QueryClient to use. @default the nearest `QueryClientProvider`'s, else a private one */
  queryClient?: QueryClient | undefined;
  /** Set `false` to hold off loading. @default true */
  enabled?: boolean | undefined;
}

/** What `useMigrationLogRange` returns. */
export interface UseMigrationLogRangeResult extends MigrationLogListState {
  /**
   * Rows to scroll through: the source's total, else the rows seen so far plus one chunk while there
   * are more; no further than the last row of a chunk in range that holds fewer rows than asked.
   */
  count: number;
  /** Matching migrations in total, when the data source says. */
  total: number | null;
  /** The row at an index, or undefined while its chunk loads. The same object while its values stay the same. */
  rowAt: (index: number) => MigrationLog | undefined;
  /** The rows of the chunks this window asks for, end excluded: `rowAt` knows no others. */
  chunkRows: { start: number; end: number };
}

/** What is known about one list (sort + filter) across windows; the newest answer wins. */
interface Known {
  list: string;
  loaded: boolean;
  total: number | null;
  updatedAt: number;
  /** End of the furthest chunk seen, and whether the source said more follow (for sources without totals). */
  end: number;
  more: boolean;
}

interface Shown {
  list: string;
  count: number;
  total: number | null;
  pages: Map<number, MigrationLog[]>;
}

const unknown = (list: string): Known => ({ list, loaded: false, total: null, updatedAt: 0, end: 0, more: false });

/**
 * A window onto a long list: only the chunks (pages) covering `range` are fetched and observed, so
 * jumping to row 99,000 asks for one page, not 990. Each chunk is its own cached query; while one
 * shows an active migration, the chunks in range refresh together on one clock (see use-range-poll),
 * so rows moving between chunks are never lost or doubled, and unchanged rows keep their objects.
 */
export function useMigrationLogRange(options: UseMigrationLogRangeOptions): UseMigrationLogRangeResult {
  const { dataSource, query, range, refresh = true, enabled = true } = options;
  const pageSize = wholeAtLeast(options.pageSize, 1, DEFAULT_SCROLL_PAGE_SIZE);
  const client = useResolvedQueryClient(options.queryClient);
  const interval = resolveRefreshInterval(options.refreshInterval);
  const pushes = useDataSourceSubscription(dataSource, client, migrationLogKeys.lists(dataSource), enabled);
  const polls = refresh && !pushes;
  const list = JSON.stringify([migrationLogKeys.list(dataSource, { ...query, pageIndex: 0, pageSize })]);

  const known = useRef(unknown(list));
  if (known.current.list !== list) known.current = unknown(list);
  const lastShown = useRef<Shown | null>(null);
  const countOf = (k: Known): number => k.total ?? k.end + (k.more ? pageSize : 0);

  const first = Math.max(0, Math.floor(range.start / pageSize));
  let last = Math.max(first, Math.floor(range.end / pageSize));
  if (known.current.loaded) last = Math.min(last, Math.ceil(countOf(known.current) / pageSize) - 1);
  last = Math.max(first, Math.min(last, first + MAX_PAGES - 1));
  const pageIndexes = Array.from({ length: last - first + 1 }, (_, i) => first + i);

  const pageOptions = pageIndexes.map((pageIndex) => {
    const pageQuery = { ...query, pageIndex, pageSize };
    return {
      ...ownQueryOptions(client),
      queryKey: migrationLogKeys.list(dataSource, pageQuery),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchListPage(dataSource, pageQuery, signal),
      enabled,
      structuralSharing: shareDeep,
    };
  });
  const results = useQueries({ queries: pageOptions }, client);
  // Observers subscribe in a passive effect, after the browser has painted, and hear of answers on
  // a timer. A chunk not yet asked for is asked for now instead, and when it answers before the
  // next frame (a fast or cached source) its rows are rendered at once: they make that frame, not
  // the one after a frame of placeholders.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const mounted = useRef(true);
  useIsomorphicLayoutEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useIsomorphicLayoutEffect(() => {
    if (!enabled) return;
    for (const option of pageOptions) {
      const state = client.getQueryState(option.queryKey);
      if (state && !(state.status === 'pending' && state.fetchStatus === 'idle')) continue;
      void client.prefetchQuery(option).then(() => {
        if (mounted.current) flushSync(rerender);
      });
    }
  });

  const pages = new Map<number, MigrationLog[]>();
  let error: MigrationLogError | null = null;
  let newest = 0;
  // A chunk in range with fewer rows than asked ends the list at its last row, whatever the total
  // says. Else the rows past it, which no answer holds, stayed loading placeholders for ever: from a
  // server that counts more than it sends, or a list without totals that got shorter.
  let end = Number.POSITIVE_INFINITY;
  const k = known.current;
  for (const [i, result] of results.entries()) {
    if (result.error && !error) error = toMigrationLogError(result.error);
    const data = result.data;
    if (!data) continue;
    const pageIndex = pageIndexes[i] as number;
    // Rows are placed by position; a chunk is never longer than asked for (see fetchListPage).
    const items = data.items;
    pages.set(pageIndex, items);
    newest = Math.max(newest, result.dataUpdatedAt);
    k.loaded = true;
    // A total can change between two chunks' requests: the newest answer wins.
    if (result.dataUpdatedAt >= k.updatedAt) {
      k.updatedAt = result.dataUpdatedAt;
      k.total = data.total;
    }
    const itemsEnd = pageIndex * pageSize + items.length;
    if (items.length < pageSize) end = Math.min(end, itemsEnd);
    if (itemsEnd >= k.end) {
      k.end = itemsEnd;
      k.more = data.hasNextPage;
    }
  }
  // Scrolled to chunks still loading, the list keeps its length; before the first chunk of a new
  // sort or filter arrives, the last rows shown stay (never a loading flash over data).
  if (k.loaded) lastShown.current = { list, pages, total: k.total, count: Math.min(countOf(k), end) };
  const shown = k.loaded ? lastShown.current : lastShown.current?.list !== list ? lastShown.current : null;

  const hasActiveMigrations = [...pages.values()].some((items) => hasActiveRows({ items }));
  // A chunk under way (loading, or retrying) is left to finish, as TanStack's own interval does.
  useRangePoll(polls && enabled && hasActiveMigrations, interval, () => {
    for (const { queryKey } of pageOptions)
      void client.refetchQueries({ queryKey, exact: true }, { cancelRefetch: false });
  });

  const isFetching = results.some((r) => r.isFetching);
  return {
    count: shown?.count ?? 0,
    total: shown?.total ?? null,
    rowAt: (index) => shown?.pages.get(Math.floor(index / pageSize))?.[index % pageSize],
    chunkRows: { start: first * pageSize, end: (last + 1) * pageSize },
    status: error ? 'error' : shown ? 'success' : 'loading',
    isLoading: enabled && !shown && !error,
    isFetching,
    isRefreshing: isFetching && shown !== null,
    isPlaceholderData: shown !== null && !k.loaded,
    error,
    errorMessage: error ? errorMessage(error) : null,
    lastUpdatedAt: newest || null,
    refetch: async () => {
      await Promise.all(results.map((r) => r.refetch()));
    },
    hasActiveMigrations,
  };
}
