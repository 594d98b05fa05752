import { useMemo } from 'react';
import { DEFAULT_PAGE_SIZES, hasActiveFilter } from '../../core/query.js';
import type { MigrationLogFilter } from '../../core/types.js';
import { useQueryState } from '../../hooks/useQueryState.js';
import { rootClass } from '../shared/class-names.js';
import { useControllableState } from '../shared/use-controllable-state.js';
import { useMessages } from '../shared/use-messages.js';
import { buildColumns, visibleColumnsOf } from './columns.js';
import type { MigrationLogListProps } from './list-props.js';
import { pagedMode } from './PagedTable.js';
import { TableToolbar } from './TableToolbar.js';
import type { TableRenderContext } from './table-context.js';
import { tableModeOf } from './table-mode.js';

/** Props of `<MigrationLogTable>`: the shared list props plus the details action. */
export interface MigrationLogTableProps extends MigrationLogListProps {
  /**
   * Called when a row's details action is used; `opener` is the button, for focus return. No action
   * without it. @default none
   */
  onOpenDetails?: (id: string, opener: HTMLElement) => void;
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

  const [columnVisibility, setColumnVisibility] = useControllableState(
    controlledVisibility,
    defaultColumnVisibility ?? {},
    onColumnVisibilityChange,
  );

  const onFilterChange = (filter: MigrationLogFilter) => setQuery({ filter });
  // From the empty row's button, which the reset removes: focus goes to the search field, not <body>.
  const onResetFilters = () => {
    const root = document.activeElement?.closest('.mlv-table-root');
    onFilterChange({});
    root?.querySelector<HTMLElement>('.mlv-search input')?.focus();
  };
  const columns = useMemo(() => buildColumns(extraColumns), [extraColumns]);
  const shownColumns = visibleColumnsOf(columns, columnVisibility);
  const columnsKey = shownColumns.map((c) => c.id).join('|');
  // One array per set of shown columns (a host may pass an equal visibility object on every
  // render), so memoised rows re-render only when the columns really change.
  // biome-ignore lint/correctness/useExhaustiveDependencies: columns and columnsKey stand for shownColumns
  const visibleColumns = useMemo(() => shownColumns, [columns, columnsKey]);

  const renderContext = useMemo<TableRenderContext>(
    () => ({ messages, locale, timeZone, onOpenDetails, rowActions }),
    [messages, locale, timeZone, onOpenDetails, rowActions],
  );

  const filtered = hasActiveFilter(query.filter);

  return (
    <div {...rest} className={rootClass('mlv-table-root', unstyled, className)} data-mode={mode.name}>
      {showToolbar && (
        <TableToolbar
          filter={query.filter}
          onFilterChange={onFilterChange}
          columns={columns}
          columnVisibility={columnVisibility}
          onColumnVisibilityChange={setColumnVisibility}
          messages={messages}
          timeZone={timeZone}
          searchDebounceMs={searchDebounceMs}
        />
      )}
      <mode.Table
        dataSource={dataSource}
        query={query}
        setQuery={setQuery}
        refreshInterval={refreshInterval}
        queryClient={queryClient}
        pageSizes={pageSizes}
        scrollPageSize={scrollPageSize}
        columns={visibleColumns}
        filtered={filtered}
        onResetFilters={onResetFilters}
        renderContext={renderContext}
        now={now}
      />
    </div>
  );
}
