import { useRef } from 'react';
import { useMigrationLogs } from '../../hooks/useMigrationLogs.js';
import { useRowFocusKeeper } from './keep-row-focus.js';
import { MigrationLogRow } from './MigrationLogRow.js';
import { EmptyRow, SkeletonRows } from './TableBodyStates.js';
import { TableHead } from './TableHead.js';
import { TableNotices } from './TableNotices.js';
import { TablePagination } from './TablePagination.js';
import type { MigrationLogTableMode, TableBodyProps } from './table-mode.js';

/** The default mode of the table: one page of migrations at a time, with pagination below. */
export function PagedTable(props: TableBodyProps) {
  const { query, columns } = props;
  const { messages, locale } = props.renderContext;
  const logs = useMigrationLogs({
    dataSource: props.dataSource,
    query,
    // The hook corrects a page past the end; the table's own state takes it.
    onQueryChange: props.setQuery,
    refreshInterval: props.refreshInterval,
    queryClient: props.queryClient,
  });
  const rows = logs.rows;
  const empty = rows.length === 0 && logs.status === 'success' && !query.pageIndex;
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const keepFocus = useRowFocusKeeper(bodyRef);

  return (
    <>
      <TableNotices state={logs} messages={messages} now={props.now} />
      {/* Structural, so even an unstyled table wider than a phone scrolls in its own area, not the page,
          and the screen-reader-only text in its cells (positioned absolutely) is clipped with it. */}
      <div className="mlv-table-scroll" style={{ position: 'relative', overflow: 'auto' }}>
        <table className="mlv-table" aria-busy={logs.isLoading || logs.isRefreshing}>
          <caption className="mlv-table__caption">{messages.tableCaption}</caption>
          <TableHead columns={columns} messages={messages} sort={query.sort} setQuery={props.setQuery} />
          <tbody ref={bodyRef} {...keepFocus}>
            {/* Loading means nothing to show yet (no rows). */}
            {logs.isLoading ? (
              <SkeletonRows rows={Math.min(query.pageSize, 10)} columns={columns} />
            ) : empty ? (
              <EmptyRow
                columns={columns.length}
                filtered={props.filtered}
                onReset={props.onResetFilters}
                messages={messages}
              />
            ) : (
              rows.map((log) => (
                <MigrationLogRow key={log.rowKey} log={log} columns={columns} context={props.renderContext} />
              ))
            )}
          </tbody>
        </table>
      </div>
      <TablePagination
        list={logs}
        pageSizes={props.pageSizes}
        setQuery={props.setQuery}
        messages={messages}
        locale={locale}
        emptyFiltered={empty && props.filtered}
      />
    </>
  );
}

/** The table's default layout, used when `mode` is `'paged'` or not given. */
export const pagedMode: MigrationLogTableMode = { name: 'paged', Table: PagedTable };
