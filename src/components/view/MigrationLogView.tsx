import { useRef } from 'react';
import { useCallbackRef } from '../../hooks/use-callback-ref.js';
import { MigrationLogDetailsDialog } from '../details-dialog/MigrationLogDetailsDialog.js';
import { rootClass } from '../shared/class-names.js';
import { useControllableState } from '../shared/use-controllable-state.js';
import type { MigrationLogListProps } from '../table/list-props.js';
import { MigrationLogTable } from '../table/MigrationLogTable.js';

const DETAILS = '.mlv-row-actions__details';

/** Props of `<MigrationLogView>`: the shared list props plus the details dialog's selection. */
export interface MigrationLogViewProps extends MigrationLogListProps {
  /**
   * Controlled id of the migration whose details are open; null closes the dialog. Pair with `onSelectedIdChange`.
   * @default uncontrolled (see `defaultSelectedId`)
   */
  selectedId?: string | null;
  /** Initially open migration when uncontrolled. @default null */
  defaultSelectedId?: string | null;
  /** Called when details open (with the id) or close (with null). @default none */
  onSelectedIdChange?: (id: string | null) => void;
  /** Issues per page in the details dialog. @default 50 */
  issuesPageSize?: number;
  /** Element the dialog portals into. @default document.body */
  portalContainer?: HTMLElement | null;
}

/**
 * The whole migration log: toolbar, table and details dialog wired together. The one-line embed:
 * `<MigrationLogView dataSource={source} />`.
 */
export function MigrationLogView({
  // Grouped by where they go (the table, both parts, the dialog, the root) and in the order they
  // are passed on: the minified bundle then repeats one run of names, which gzip stores once.
  dataSource,
  query,
  defaultQuery,
  onQueryChange,
  pageSizes,
  columns,
  rowActions,
  mode,
  scrollPageSize,
  columnVisibility,
  defaultColumnVisibility,
  onColumnVisibilityChange,
  searchDebounceMs,
  showToolbar,
  locale,
  timeZone,
  messages,
  now,
  queryClient,
  refreshInterval,
  selectedId: controlledId,
  defaultSelectedId = null,
  onSelectedIdChange,
  issuesPageSize,
  portalContainer,
  unstyled,
  className,
  ...rest
}: MigrationLogViewProps) {
  const [selectedId, select] = useControllableState(controlledId, defaultSelectedId, onSelectedIdChange);
  const rootRef = useRef<HTMLDivElement>(null);
  const openedFromList = useRef<string | null>(null);
  // One function for the view's life: a new one would re-render every row, and `select` changes
  // with a host's inline onSelectedIdChange.
  const openFromList = useCallbackRef((id: string) => {
    openedFromList.current = id;
    select(id);
  });
  // Where focus goes on close when the opener is gone or its row now shows another migration: the
  // migration's row where scroll mode made rows focusable, else its details button. Opened from a
  // URL (no opener): that, once it is shown. Opened from a row that a refresh, a new page or a
  // scroll has since taken away: the list's tab stop (scroll mode) or first row, or, none left, the
  // empty state's message (it says why the rows went), never <body>.
  const rowButton = (id: string) => {
    const root = rootRef.current;
    const rows = root?.querySelectorAll<HTMLElement>('tr[data-row-key]') ?? [];
    const row = [...rows].find((tr) => tr.dataset.rowKey === id);
    const own = row?.hasAttribute('tabindex') ? row : row?.querySelector<HTMLElement>(DETAILS);
    if (own || openedFromList.current !== id) return own;
    return (
      root?.querySelector<HTMLElement>('tbody tr[tabindex="0"]') ??
      // The empty state shows only without rows: either a details button or it (DETAILS spelt out:
      // smaller gzipped than a template joining it).
      root?.querySelector<HTMLElement>('.mlv-row-actions__details,.mlv-table__empty-message span')
    );
  };
  const shared = { locale, timeZone, messages, now, queryClient, refreshInterval, unstyled: true };

  return (
    <div {...rest} ref={rootRef} className={rootClass('mlv-view', unstyled, className)}>
      <MigrationLogTable
        {...shared}
        dataSource={dataSource}
        query={query}
        defaultQuery={defaultQuery}
        onQueryChange={onQueryChange}
        pageSizes={pageSizes}
        columns={columns}
        rowActions={rowActions}
        mode={mode}
        scrollPageSize={scrollPageSize}
        columnVisibility={columnVisibility}
        defaultColumnVisibility={defaultColumnVisibility}
        onColumnVisibilityChange={onColumnVisibilityChange}
        searchDebounceMs={searchDebounceMs}
        showToolbar={showToolbar}
        // The dialog remembers what had focus by itself.
        onOpenDetails={openFromList}
      />
      <MigrationLogDetailsDialog
        {...shared}
        unstyled={unstyled}
        // Portalled out of the root: a host's `lang` on the view (WCAG 3.1.2) must reach it too.
        lang={rest.lang}
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
