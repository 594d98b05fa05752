import {
  type AccessorFnColumnDef,
  type ColumnDef,
  type ColumnVisibilityState,
  columnVisibilityFeature,
  createColumnHelper,
  type ReactTable,
  rowSortingFeature,
  type SortingState,
  tableFeatures,
  type Updater,
  useTable,
} from '@tanstack/react-table';
import { useCallback, useMemo } from 'react';
import { firstSortDirection, SORT_FIELDS } from '../core/query.js';
import type { MigrationLog, MigrationLogSort, MigrationLogSortField } from '../core/types.js';

// The one file that knows TanStack Table. Sorting is server-side (manual): the table mirrors the
// query's sort and reports header clicks; it never reorders rows itself.
// Pure annotations: without them a page that never calls this hook still ships TanStack Table.
const features = /* @__PURE__ */ tableFeatures({ rowSortingFeature, columnVisibilityFeature });

/** The TanStack Table features the table uses: sorting and column visibility. */
export type MigrationLogTableFeatures = typeof features;
/**
 * A TanStack Table column over normalised migration rows whose cells get a `TValue` (`unknown`:
 * any column). Build columns with `migrationLogColumnHelper` and wrap the array in its
 * `columns([...])`, which keeps each column's own value type: a plain array, or one annotated
 * `MigrationLogColumnDef[]`, rejects typed columns (TanStack Table's rule). Name one column's value
 * for a factory's return type: `MigrationLogColumnDef<Date | null>`.
 */
export type MigrationLogColumnDef<TValue = unknown> = ColumnDef<MigrationLogTableFeatures, MigrationLog, TValue>;
/** The TanStack Table instance `useMigrationLogTable` returns. */
export type MigrationLogTableInstance = ReactTable<MigrationLogTableFeatures, MigrationLog>;

/**
 * TanStack Table's column helper bound to the hook's features and rows, so a host never names
 * them: `accessor('progress', { cell: (info) => info.getValue() })` types the value (here
 * `number | null`) and rejects a key that is not a `MigrationLog` field; `display` and `group` make
 * the other kinds; `columns([...])` makes the array the hook's `columns` takes.
 */
export const migrationLogColumnHelper = /* @__PURE__ */ createColumnHelper<MigrationLogTableFeatures, MigrationLog>();

const isSortField = (id: unknown): id is MigrationLogSortField => (SORT_FIELDS as readonly unknown[]).includes(id);

/** The id TanStack Table gives a column definition (its `constructColumn` rule). */
function columnId(column: MigrationLogColumnDef): unknown {
  const key = 'accessorKey' in column ? column.accessorKey : undefined;
  return column.id ?? (key === undefined ? undefined : String(key).replaceAll('.', '_')) ?? column.header;
}

// A header click asks the server to sort, and the server sorts by the six fields only: any other
// column cannot sort, even with `enableSorting: true`, so no host renders a sort button that
// does nothing. A field's first click goes the way the built-in table's does, not the way
// TanStack guesses from the page's values (text A→Z would make the cutover date oldest first).
function serverSortable(columns: readonly MigrationLogColumnDef[]): MigrationLogColumnDef[] {
  return columns.map((column) => {
    const id = columnId(column);
    const children = 'columns' in column && column.columns ? { columns: serverSortable(column.columns) } : {};
    const sorting = isSortField(id)
      ? { sortDescFirst: column.sortDescFirst ?? firstSortDirection(id) === 'desc' }
      : { enableSorting: false };
    return { ...column, ...children, ...sorting };
  });
}

/** A bare accessor column of one normalised field, its value typed as that field. */
type FieldColumn<K extends MigrationLogSortField> = AccessorFnColumnDef<
  MigrationLogTableFeatures,
  MigrationLog,
  MigrationLog[K]
>;

/**
 * Six bare accessor columns, one per sort field, each with that field as its id: a start for hosts
 * that bring their own cells. Values are the normalised fields, each column typed with its own:
 * `Date | null` times, `string | null` user and `YYYY-MM-DD` cutover, unrounded 0–100 progress
 * (`number | null`), status id such as `in-progress` or `unknown` (`MigrationStatusOrUnknown`).
 * Headers are English text (`defaultMessages`' words). No `cell`: TanStack's default shows the
 * value's `toString()` (a time as `Date.toString()`, in the runtime's zone) and nothing for null.
 * Shown columns want a `cell` on `formatInstant`, `formatCalendarDate`, `formatPercent` or
 * `StatusBadge` with your locale and time zone (see the README); to keep a default and add one,
 * spread it into a column typed with its value:
 * `const status: MigrationLogColumnDef<MigrationStatusOrUnknown> = { ...defaultMigrationLogColumns[5], cell }`.
 */
export const defaultMigrationLogColumns: MigrationLogColumnDef[] &
  [
    FieldColumn<'startTime'>,
    FieldColumn<'endTime'>,
    FieldColumn<'generatedBy'>,
    FieldColumn<'cutoverDate'>,
    FieldColumn<'progress'>,
    FieldColumn<'status'>,
  ] = [
  { id: 'startTime', accessorFn: (row) => row.startTime, header: 'Start Time' },
  { id: 'endTime', accessorFn: (row) => row.endTime, header: 'End Time' },
  { id: 'generatedBy', accessorFn: (row) => row.generatedBy, header: 'Generated By' },
  { id: 'cutoverDate', accessorFn: (row) => row.cutoverDate, header: 'Cutover Date' },
  { id: 'progress', accessorFn: (row) => row.progress, header: 'Progress' },
  { id: 'status', accessorFn: (row) => row.status, header: 'Status' },
];

/** Options of `useMigrationLogTable`. */
export interface UseMigrationLogTableOptions {
  /** The rows of the current page, as `useMigrationLogs` returns them (keep the array stable). */
  rows: MigrationLog[];
  /** The server-side sort the rows are in. */
  sort: MigrationLogSort;
  /** Called when a sortable header asks for another sort. */
  onSortChange: (sort: MigrationLogSort) => void;
  /**
   * Column definitions; keep the array stable. A header sorts on the server by its column's id, so
   * only accessor columns whose id is one of `SORT_FIELDS` can sort; any other column (a host's
   * own, even with `enableSorting: true`) reports `getCanSort()` false. Build them with
   * `migrationLogColumnHelper.columns([...])`. @default defaultMigrationLogColumns
   */
  columns?: readonly MigrationLogColumnDef[];
  /** Which columns are visible; an absent id is visible. @default {} */
  columnVisibility?: ColumnVisibilityState;
  /**
   * Called with the next visibility when a column is toggled. The hook keeps no state of its own:
   * pass the value back as `columnVisibility`. @default none (toggles change nothing)
   */
  onColumnVisibilityChange?: (visibility: ColumnVisibilityState) => void;
}

const noVisibility: ColumnVisibilityState = {};

/** A TanStack Table instance over one server page: server-side sort, row ids from `rowKey`. */
export function useMigrationLogTable({
  rows,
  sort,
  onSortChange,
  columns = defaultMigrationLogColumns,
  columnVisibility = noVisibility,
  onColumnVisibilityChange,
}: UseMigrationLogTableOptions): MigrationLogTableInstance {
  const tableColumns = useMemo(() => serverSortable(columns), [columns]);
  const sorting = useMemo<SortingState>(() => [{ id: sort.field, desc: sort.direction === 'desc' }], [sort]);

  const handleSortingChange = useCallback(
    (updater: Updater<SortingState>) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const first = next[0];
      if (!first || !isSortField(first.id)) return;
      onSortChange({ field: first.id, direction: first.desc ? 'desc' : 'asc' });
    },
    [sorting, onSortChange],
  );

  const handleVisibilityChange = useCallback(
    (updater: Updater<ColumnVisibilityState>) => {
      const next = typeof updater === 'function' ? updater(columnVisibility) : updater;
      onColumnVisibilityChange?.(next);
    },
    [columnVisibility, onColumnVisibilityChange],
  );

  return useTable({
    features,
    columns: tableColumns,
    data: rows,
    getRowId: (row) => row.rowKey,
    manualSorting: true,
    enableSortingRemoval: false,
    enableMultiSort: false,
    state: { sorting, columnVisibility },
    onSortingChange: handleSortingChange,
    onColumnVisibilityChange: handleVisibilityChange,
  });
}
