import type { QueryClient } from '@tanstack/react-query';
import type { MigrationLogError } from '../core/errors.js';
import type { MigrationLog, MigrationLogDataSource, MigrationLogQuery } from '../core/types.js';
import type { MigrationLogQueryUpdate } from './query-patch.js';

/** Options of `useMigrationLogs`. */
export interface UseMigrationLogsOptions {
  /** Where migrations come from. Each data source object gets its own cache entries. */
  dataSource: MigrationLogDataSource;
  /**
   * Controlled query: when set, the hook shows exactly this query (missing fields from
   * `DEFAULT_QUERY`) and reports changes through `onQueryChange` instead of storing them.
   * @default uncontrolled (see `defaultQuery`)
   */
  query?: Partial<MigrationLogQuery> | undefined;
  /** Initial query when uncontrolled, merged over `DEFAULT_QUERY`. Read once, on mount. @default `DEFAULT_QUERY` */
  defaultQuery?: Partial<MigrationLogQuery> | undefined;
  /** Called with the full next query on every change, controlled or not. @default none */
  onQueryChange?: ((query: MigrationLogQuery) => void) | undefined;
  /**
   * Milliseconds between refreshes while a shown migration is active; values below 1000 are raised
   * to 1000. @default 5000
   */
  refreshInterval?: number | undefined;
  /**
   * Refresh automatically while a shown migration is active. Polling is skipped while the page is
   * hidden, stops once every shown migration is final, and is off when the data source has
   * `subscribe` (it pushes changes instead). @default true
   */
  refresh?: boolean | undefined;
  /** The QueryClient to use. @default the nearest `QueryClientProvider`'s, else a private one */
  queryClient?: QueryClient | undefined;
  /** Set `false` to hold off loading. @default true */
  enabled?: boolean | undefined;
}

/** `'loading'`: nothing to show yet; `'error'`: the last request failed (rows may still be shown). */
export type MigrationLogsStatus = 'loading' | 'success' | 'error';

/** What `useMigrationLogs` returns. */
export interface UseMigrationLogsResult extends MigrationLogListState {
  /** The current query, with defaults filled in (filter text as typed, not trimmed). */
  query: MigrationLogQuery;
  /**
   * Changes the query with the fields given (or returned by an updater). Changing filter, sort or
   * page size goes back to page 0 unless the same update moves `pageIndex` to another page.
   */
  setQuery: (update: MigrationLogQueryUpdate) => void;
  /**
   * Rows to show. While another page loads, or after it failed, the last rows shown stay (see
   * `isPlaceholderData`). A row object keeps its identity across refreshes while its values stay
   * the same, so `React.memo` rows re-render only when they changed.
   */
  rows: MigrationLog[];
  /** Matching migrations in total, when the data source says. */
  total: number | null;
  /** More rows follow this page (from `total`, or the source's `hasNextPage` when it has none). */
  hasNextPage: boolean;
  /** Pages for `total` and the page size; null when the total is unknown. */
  pageCount: number | null;
}

/** The loading, error and freshness state both list hooks report (`useMigrationLogs`, `useMigrationLogRange`). */
export interface MigrationLogListState {
  /** `'loading'` until rows or an error arrive; `'error'` when the latest request failed (rows may still show). */
  status: MigrationLogsStatus;
  /** Nothing to show yet and a first load is under way. */
  isLoading: boolean;
  /** A request is in flight, shown data or not. */
  isFetching: boolean;
  /** A request is in flight while rows are shown: show a quiet indicator, not a spinner. */
  isRefreshing: boolean;
  /** The rows shown belong to an earlier query (a page or list loading, or failed to load). */
  isPlaceholderData: boolean;
  /** Why the latest request failed, or null. */
  error: MigrationLogError | null;
  /** `error` as English text (the server's own words where it sent some); for the `messages` language use `errorText(error, messages)`. */
  errorMessage: string | null;
  /** Epoch ms of the data shown, or null before any. */
  lastUpdatedAt: number | null;
  /** Reloads what is shown now. */
  refetch: () => Promise<void>;
  /** Some shown migration is Accepted or In progress (polled while true). */
  hasActiveMigrations: boolean;
}
