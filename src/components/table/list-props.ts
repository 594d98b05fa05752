import type { QueryClient } from '@tanstack/react-query';
import type { HTMLAttributes, ReactNode } from 'react';
import type { MigrationLog, MigrationLogDataSource, MigrationLogQuery } from '../../core/types.js';
import type { ViewProps } from '../shared/view-props.js';
import type { MigrationLogExtraColumn } from './columns.js';
import type { MigrationLogTableModeOption } from './table-mode.js';

/** The props of the migration list that `MigrationLogTable` and `MigrationLogView` share. */
export interface MigrationLogListProps
  extends ViewProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'defaultValue'> {
  /** Where migrations come from: `createInMemoryDataSource`, `createFetchDataSource` or your own. */
  dataSource: MigrationLogDataSource;
  /**
   * Controlled query (page, sort, filter), e.g. mirrored from the host's URL; pair with `onQueryChange`.
   * @default uncontrolled (see `defaultQuery`)
   */
  query?: MigrationLogQuery;
  /** Initial query when uncontrolled. @default newest start first, 25 rows, no filter */
  defaultQuery?: Partial<MigrationLogQuery>;
  /** Called with the next query on every sort, filter or page change. @default none */
  onQueryChange?: (query: MigrationLogQuery) => void;
  /** Refresh interval in ms while an active migration is shown (floor 1000). @default 5000 */
  refreshInterval?: number;
  /** Page size choices. @default [10, 25, 50, 100] */
  pageSizes?: readonly number[];
  /**
   * Extra columns, shown after the built-in ones and before the actions. Keep the array stable
   * (module level or `useMemo`): a new array re-renders every row. @default []
   */
  columns?: MigrationLogExtraColumn[];
  /**
   * Extra per-row actions, rendered after the details button. Keep the function stable
   * (`useCallback`): a new function re-renders every row. @default none
   */
  rowActions?: (row: MigrationLog) => ReactNode;
  /**
   * Fixed "now" (epoch ms) for stories and tests: "Updated … ago" (and in `MigrationLogView` the
   * dialog's durations) stop ticking. @default the clock
   */
  now?: number;
  /** Share the host's QueryClient. @default the nearest `QueryClientProvider`'s, else a private one */
  queryClient?: QueryClient;
  /**
   * `'paged'`: one page at a time with pagination. `scrollMode` (imported from this package): one
   * virtualised list over the whole history, fetched in chunks as it scrolls, for long histories.
   * @default 'paged'
   */
  mode?: MigrationLogTableModeOption;
  /** Rows fetched per request in scroll mode; a whole number of at least 1 (100 for NaN or Infinity). @default 100 */
  scrollPageSize?: number;
  /**
   * Controlled column visibility (`{ endTime: false }` hides End Time); pair with `onColumnVisibilityChange`.
   * @default uncontrolled (see `defaultColumnVisibility`)
   */
  columnVisibility?: Record<string, boolean>;
  /** Initial column visibility when uncontrolled. @default all visible */
  defaultColumnVisibility?: Record<string, boolean>;
  /** Called with the next visibility when the column menu changes it (persist it to keep a user's choice). @default none */
  onColumnVisibilityChange?: (visibility: Record<string, boolean>) => void;
  /** Delay in ms before a typed search or date is sent (Enter, leaving the field or a calendar pick sends at once). @default 300 */
  searchDebounceMs?: number;
  /** Show the filter toolbar. @default true */
  showToolbar?: boolean;
}
