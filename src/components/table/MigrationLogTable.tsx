import type { QueryClient } from '@tanstack/react-query';
import { type HTMLAttributes, type ReactNode, useCallback, useMemo, useState } from 'react';
import { DEFAULT_PAGE_SIZES, hasActiveFilter } from '../../core/query.js';
import type {
  MigrationLog,
  MigrationLogDataSource,
  MigrationLogFilter,
  MigrationLogQuery,
  MigrationLogSort,
} from '../../core/types.js';
import { useQueryState } from '../../hooks/useQueryState.js';
import { rootClass } from '../shared/class-names.js';
import { useMessages } from '../shared/use-messages.js';
import type { ViewProps } from '../shared/view-props.js';
import { buildColumns, builtInHeader, type MigrationLogExtraColumn, visibleColumnsOf } from './columns.js';
import { pagedMode } from './PagedTable.js';
import { TableToolbar } from './TableToolbar.js';
import type { TableRenderContext } from './table-context.js';
import { type MigrationLogTableModeOption, tableModeOf } from './table-mode.js';

export interface MigrationLogTableProps
  extends ViewProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'defaultValue'> {
  /** Where migrations come from: `createInMemoryDataSource`, `createFetchDataSource` or your own. */
  dataSource: MigrationLogDataSource;
  /** Controlled query (page, sort, filter); pair with `onQueryChange`. */
  query?: MigrationLogQuery;
  /** Initial query when uncontrolled. @default newest start first, 25 rows, no filter */
  defaultQuery?: Partial<MigrationLogQuery>;
  /** Called with the next query on every sort, filter or page change. */
  onQueryChange?: (query: MigrationLogQuery) => void;
  /** Called when a row's details action is used; `opener` is the button, for focus return. No action without it. */
  onOpenDetails?: (id: string, opener: HTMLElement) => void;
  /** Refresh interval in ms while an active migration is shown (floor 1000). @default 5000 */
  refreshInterval?: number;
  /** Page size choices. @default [10, 25, 50, 100] */
  pageSizes?: readonly number[];
  /** Extra columns, shown after the built-in ones and before the actions. @default [] */
  columns?: MigrationLogExtraColumn[];
  /** Extra per-row actions, rendered after the details button. */
  rowActions?: (row: MigrationLog) => ReactNode;
  /** Controlled column visibility (`{ endTime: false }` hides End Time); pair with `onColumnVisibilityChange`. */
  columnVisibility?: Record<string, boolean>;
  /** Initial column visibility when uncontrolled. @default all visible */
  defaultColumnVisibility?: Record<string, boolean>;
  onColumnVisibilityChange?: (visibility: Record<string, boolean>) => void;
  /** Delay before a search is sent, in ms. @default 300 */
  searchDebounceMs?: number;
  /** Show the filter toolbar. @default true */
  showToolbar?: boolean;
  /** Fixed "now" (epoch ms) for stories and tests; real time otherwise. */
  now?: number;
  /** Share the host's QueryClient; a private one is used when neither this nor a provider is given. */
  queryClient?: QueryClient;
  /**
   * `'paged'`: one page at a time with pagination. `scrollMode` (imported from this package): one
   * virtualised list over the whole history, fetched in chunks as it scrolls, for long histories.
   * @default 'paged'
   */
  mode?: MigrationLogTableModeOption;
  /** Rows fetched per request in scroll mode. @default 100 */
  scrollPageSize?: number;
}

/** The migration log list: sortable, filterable, paged, live while migrations are active. */
export function MigrationLogTable({
  dataSource,
  query: controlledQuery,
  defaultQuery,
  onQueryChange,
  onOpenDetails,
  refreshInterval,
  pageSizes = DEFAULT_PAGE_SIZES,
  columns: extraColumns,
  rowActions,
  columnVisibility: controlledVisibility,
  defaultColumnVisibility,
  onColumnVisibilityChange,
  searchDebounceMs = 300,
  showToolbar = true,
  now,
  queryClient,
  mode: modeOption,
  scrollPageSize,
  locale,
  timeZone,
  messages: messageOverrides,
  unstyled,
  className,
  ...rest
}: MigrationLogTableProps) {
  const messages = useMessages(messageOverrides);
  const mode = tableModeOf(modeOption) ?? pagedMode;
  // The query lives here, so the toolbar and the mode's body share it; the body fetches its rows.
  const [query, setQuery] = useQueryState({ query: controlledQuery, defaultQuery, onQueryChange });

  const [uncontrolledVisibility, setUncontrolledVisibility] = useState<Record<string, boolean>>(
    defaultColumnVisibility ?? {},
  );
  const columnVisibility = controlledVisibility ?? uncontrolledVisibility;
  const handleVisibilityChange = useCallback(
    (next: Record<string, boolean>) => {
      if (controlledVisibility === undefined) setUncontrolledVisibility(next);
      onColumnVisibilityChange?.(next);
    },
    [controlledVisibility, onColumnVisibilityChange],
  );

  const onSortChange = useCallback((sort: MigrationLogSort) => setQuery((q) => ({ ...q, sort })), [setQuery]);
  const onFilterChange = useCallback((filter: MigrationLogFilter) => setQuery((q) => ({ ...q, filter })), [setQuery]);
  const onResetFilters = useCallback(() => onFilterChange({}), [onFilterChange]);
  const columns = useMemo(() => buildColumns(extraColumns), [extraColumns]);
  const visibleColumns = useMemo(() => visibleColumnsOf(columns, columnVisibility), [columns, columnVisibility]);

  const renderContext = useMemo<TableRenderContext>(
    () => ({ messages, locale, timeZone, onOpenDetails, rowActions }),
    [messages, locale, timeZone, onOpenDetails, rowActions],
  );
  const headerOf = useCallback(
    (id: string): ReactNode => builtInHeader(id, messages) ?? extraColumns?.find((c) => c.id === id)?.header ?? id,
    [messages, extraColumns],
  );

  const columnsKey = visibleColumns.map((c) => c.id).join('|');
  const filtered = hasActiveFilter(query.filter);

  return (
    <div {...rest} className={rootClass('mlv-table-root', unstyled, className)} data-mode={mode.name}>
      {showToolbar && (
        <TableToolbar
          filter={query.filter}
          onFilterChange={onFilterChange}
          columns={columns}
          columnVisibility={columnVisibility}
          onColumnVisibilityChange={handleVisibilityChange}
          messages={messages}
          timeZone={timeZone}
          searchDebounceMs={searchDebounceMs}
          headerOf={headerOf}
        />
      )}
      <mode.Table
        dataSource={dataSource}
        query={query}
        setQuery={setQuery}
        onSortChange={onSortChange}
        refreshInterval={refreshInterval}
        queryClient={queryClient}
        pageSizes={pageSizes}
        scrollPageSize={scrollPageSize}
        columns={visibleColumns}
        columnsKey={columnsKey}
        headerOf={headerOf}
        filtered={filtered}
        onResetFilters={onResetFilters}
        renderContext={renderContext}
        messages={messages}
        locale={locale}
        now={now}
      />
    </div>
  );
}
