import type { QueryClient } from '@tanstack/react-query';
import { type HTMLAttributes, type ReactNode, useCallback, useRef, useState } from 'react';
import type { MigrationLog, MigrationLogDataSource, MigrationLogQuery } from '../../core/types.js';
import { MigrationLogDetailsDialog } from '../details-dialog/MigrationLogDetailsDialog.js';
import { rootClass } from '../shared/class-names.js';
import type { ViewProps } from '../shared/view-props.js';
import type { MigrationLogExtraColumn } from '../table/columns.js';
import { MigrationLogTable } from '../table/MigrationLogTable.js';
import type { MigrationLogTableModeOption } from '../table/table-mode.js';

export interface MigrationLogViewProps
  extends ViewProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'defaultValue'> {
  /** Where migrations come from: `createInMemoryDataSource`, `createFetchDataSource` or your own. */
  dataSource: MigrationLogDataSource;
  /** Controlled query (page, sort, filter), e.g. mirrored from the host's URL; pair with `onQueryChange`. */
  query?: MigrationLogQuery;
  /** Initial query when uncontrolled. @default newest start first, 25 rows, no filter */
  defaultQuery?: Partial<MigrationLogQuery>;
  /** Called with the next query on every sort, filter or page change. */
  onQueryChange?: (query: MigrationLogQuery) => void;
  /** Controlled id of the migration whose details are open; null closes the dialog. Pair with `onSelectedIdChange`. */
  selectedId?: string | null;
  /** Initially open migration when uncontrolled. @default null */
  defaultSelectedId?: string | null;
  /** Called when details open (with the id) or close (with null). */
  onSelectedIdChange?: (id: string | null) => void;
  /** Refresh interval in ms while something shown is active (floor 1000). @default 5000 */
  refreshInterval?: number;
  /** Page size choices. @default [10, 25, 50, 100] */
  pageSizes?: readonly number[];
  /** Extra table columns. @default [] */
  columns?: MigrationLogExtraColumn[];
  /** Extra per-row actions, after the details button. */
  rowActions?: (row: MigrationLog) => ReactNode;
  /** Issues per page in the details dialog. @default 50 */
  issuesPageSize?: number;
  /** Fixed "now" (epoch ms) for stories and tests; real time otherwise. */
  now?: number;
  /** Share the host's QueryClient; a private one is used when neither this nor a provider is given. */
  queryClient?: QueryClient;
  /** Element the dialog portals into. @default document.body */
  portalContainer?: HTMLElement | null;
  /**
   * `'paged'`: pagination. `scrollMode` (imported from this package): one virtualised list over the
   * whole history, fetched in chunks as it scrolls, for long histories. @default 'paged'
   */
  mode?: MigrationLogTableModeOption;
  /** Rows fetched per request in scroll mode. @default 100 */
  scrollPageSize?: number;
}

/**
 * The whole migration log: toolbar, table and details dialog wired together. The one-line embed:
 * `<MigrationLogView dataSource={source} />`.
 */
export function MigrationLogView({
  dataSource,
  query,
  defaultQuery,
  onQueryChange,
  selectedId: controlledId,
  defaultSelectedId = null,
  onSelectedIdChange,
  refreshInterval,
  pageSizes,
  columns,
  rowActions,
  issuesPageSize,
  now,
  queryClient,
  portalContainer,
  mode,
  scrollPageSize,
  locale,
  timeZone,
  messages,
  unstyled,
  className,
  ...rest
}: MigrationLogViewProps) {
  const [uncontrolledId, setUncontrolledId] = useState<string | null>(defaultSelectedId);
  const selectedId = controlledId !== undefined ? controlledId : uncontrolledId;
  const select = useCallback(
    (id: string | null) => {
      if (controlledId === undefined) setUncontrolledId(id);
      onSelectedIdChange?.(id);
    },
    [controlledId, onSelectedIdChange],
  );
  const openDetails = useCallback((id: string) => select(id), [select]);
  const rootRef = useRef<HTMLDivElement>(null);
  // Opened from a URL (no opener), focus lands on the row's details button when it is shown.
  const rowButton = useCallback((id: string) => {
    const rows = rootRef.current?.querySelectorAll<HTMLElement>('tr[data-row-key]') ?? [];
    const row = [...rows].find((tr) => tr.dataset.rowKey === id);
    return row?.querySelector<HTMLElement>('.mlv-row-actions__details') ?? null;
  }, []);
  const shared = { locale, timeZone, messages, unstyled: true, now, queryClient, refreshInterval };

  return (
    <div {...rest} ref={rootRef} className={rootClass('mlv-view', unstyled, className)}>
      <MigrationLogTable
        {...shared}
        dataSource={dataSource}
        {...(query !== undefined && { query })}
        defaultQuery={defaultQuery}
        onQueryChange={onQueryChange}
        onOpenDetails={openDetails}
        pageSizes={pageSizes}
        columns={columns}
        rowActions={rowActions}
        mode={mode}
        scrollPageSize={scrollPageSize}
      />
      <MigrationLogDetailsDialog
        {...shared}
        unstyled={unstyled}
        dataSource={dataSource}
        migrationId={selectedId}
        onMigrationIdChange={select}
        issuesPageSize={issuesPageSize}
        portalContainer={portalContainer}
        fallbackFocusTarget={rowButton}
      />
    </div>
  );
}
