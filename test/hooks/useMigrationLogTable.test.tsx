import type { ColumnVisibilityState } from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import { normalizeMigrationLogPage } from '../../src/core/normalize.js';
import { firstSortDirection, SORT_FIELDS } from '../../src/core/query.js';
import type { MigrationLog, MigrationLogSort } from '../../src/core/types.js';
import {
  defaultMigrationLogColumns,
  migrationLogColumnHelper as h,
  type UseMigrationLogTableOptions,
  useMigrationLogTable,
} from '../../src/hooks/useMigrationLogTable.js';
import { record } from './helpers.js';

// In the server's order (newest start first); a sort by progress would reorder them. Two share an id.
const rows: MigrationLog[] = normalizeMigrationLogPage({
  items: [
    record('a', { progress: 90, startTime: '2024-03-03T10:00:00Z' }),
    record('b', { progress: 10, startTime: '2024-03-02T10:00:00Z', generatedBy: null }),
    record('a', { progress: 50, startTime: '2024-03-01T10:00:00Z' }),
  ],
}).items;
const newestFirst: MigrationLogSort = { field: 'startTime', direction: 'desc' };

function renderTable(options: Partial<UseMigrationLogTableOptions> = {}) {
  const onSortChange = vi.fn();
  const initialProps: UseMigrationLogTableOptions = { rows, sort: newestFirst, onSortChange, ...options };
  const hook = renderHook((props: UseMigrationLogTableOptions) => useMigrationLogTable(props), { initialProps });
  const column = (id: string) => {
    const found = hook.result.current.getColumn(id);
    if (!found) throw new Error(`no column ${id}`);
    return found;
  };
  return { ...hook, onSortChange, column, props: initialProps };
}

const ids = (table: ReturnType<typeof useMigrationLogTable>) => table.getRowModel().rows.map((row) => row.id);

describe('useMigrationLogTable', () => {
  it('makes one table row per row, keyed by rowKey (unique even for duplicate ids)', () => {
    const { result } = renderTable();
    expect(ids(result.current)).toEqual(rows.map((row) => row.rowKey));
    expect(new Set(ids(result.current)).size).toBe(3);
    expect(result.current.getRowModel().rows.map((row) => row.original)).toEqual(rows);
  });

  it('offers the six fields as columns, each sortable on the server', () => {
    const { result, column } = renderTable();
    const fields = ['startTime', 'endTime', 'generatedBy', 'cutoverDate', 'progress', 'status'];
    expect(result.current.getAllLeafColumns().map((c) => c.id)).toEqual(fields);
    for (const id of fields) expect(column(id).getCanSort()).toBe(true);
  });

  it('gives the default columns the normalised fields as their values, unformatted', () => {
    const { result } = renderTable();
    const [first] = result.current.getRowModel().rows;
    for (const field of SORT_FIELDS) expect(first?.getValue(field)).toBe(rows[0]?.[field]);
    expect(first?.getValue('startTime')).toBeInstanceOf(Date);
    expect(result.current.getRowModel().rows[1]?.getValue('generatedBy')).toBeNull();
  });

  it('mirrors the query sort', () => {
    const { column, rerender, props } = renderTable();
    expect(column('startTime').getIsSorted()).toBe('desc');
    expect(column('progress').getIsSorted()).toBe(false);

    rerender({ ...props, sort: { field: 'progress', direction: 'asc' } });
    expect(column('progress').getIsSorted()).toBe('asc');
    expect(column('startTime').getIsSorted()).toBe(false);
  });

  it('starts each field in the direction the built-in table does, whatever the page holds', () => {
    // TanStack would guess from the values: 'asc' for the cutover date's text, 'desc' for names all missing.
    const page = normalizeMigrationLogPage({ items: [record('x', { generatedBy: null })] }).items;
    const { column, onSortChange } = renderTable({ rows: page });
    for (const field of SORT_FIELDS) expect(column(field).getFirstSortDir()).toBe(firstSortDirection(field));
    column('cutoverDate').toggleSorting();
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'cutoverDate', direction: 'desc' });
    column('generatedBy').toggleSorting();
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'generatedBy', direction: 'asc' });
  });

  it('reports a header toggle as a server sort and never reorders the rows itself', () => {
    const { result, column, onSortChange } = renderTable();
    column('startTime').toggleSorting();
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'startTime', direction: 'asc' });
    column('progress').getToggleSortingHandler()?.({});
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'progress', direction: 'desc' });
    expect(onSortChange).toHaveBeenCalledTimes(2);
    // The hook keeps no sort of its own: the sort shown is still the query's, rows in server order.
    expect(column('startTime').getIsSorted()).toBe('desc');
    expect(ids(result.current)).toEqual(rows.map((row) => row.rowKey));
  });

  it('never removes the sort nor sorts by two columns', () => {
    const { column, onSortChange, rerender, props } = renderTable({
      sort: { field: 'progress', direction: 'asc' },
    });
    expect(column('progress').getCanMultiSort()).toBe(false);
    // With removal on, a toggle of an ascending column that starts descending would clear it.
    column('progress').toggleSorting();
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'progress', direction: 'desc' });
    rerender({ ...props, sort: { field: 'progress', direction: 'desc' } });
    column('progress').toggleSorting();
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'progress', direction: 'asc' });
    // A shift-click is an ordinary click.
    column('status').toggleSorting(undefined, true);
    expect(onSortChange).toHaveBeenLastCalledWith({ field: 'status', direction: 'asc' });
  });

  it('takes column visibility as a controlled value and reports toggles without keeping them', () => {
    const onColumnVisibilityChange = vi.fn();
    const hidden: ColumnVisibilityState = { endTime: false };
    const { result, column, rerender, props } = renderTable({
      columnVisibility: hidden,
      onColumnVisibilityChange,
    });
    expect(result.current.getVisibleLeafColumns().map((c) => c.id)).not.toContain('endTime');
    expect(result.current.getRowModel().rows[0]?.getVisibleCells()).toHaveLength(5);

    column('progress').toggleVisibility(false);
    expect(onColumnVisibilityChange).toHaveBeenLastCalledWith({ endTime: false, progress: false });
    // Not passed back: nothing changed.
    expect(column('progress').getIsVisible()).toBe(true);

    rerender({ ...props, columnVisibility: { endTime: false, progress: false } });
    expect(column('progress').getIsVisible()).toBe(false);
  });

  it('changes nothing on a visibility toggle when the host does not listen', () => {
    const { column } = renderTable();
    column('status').toggleVisibility(false);
    expect(column('status').getIsVisible()).toBe(true);
  });

  describe('a host column next to the defaults', () => {
    // `columns([...])` types the array as the hook takes it, as a host writes it.
    const columns = h.columns([
      ...defaultMigrationLogColumns,
      h.accessor((row) => row.id.length, { id: 'idLength', header: 'Id length' }),
      h.accessor('rawStatus', { header: 'Raw status' }),
      h.display({ id: 'duration', header: 'Duration' }),
    ]);

    it('renders alongside them, with its own cell values', () => {
      const { result } = renderTable({ columns });
      const row = result.current.getRowModel().rows[0];
      expect(row?.getVisibleCells().map((cell) => cell.column.id)).toEqual([
        'startTime',
        'endTime',
        'generatedBy',
        'cutoverDate',
        'progress',
        'status',
        'idLength',
        'rawStatus',
        'duration',
      ]);
      expect(row?.getValue('idLength')).toBe(1);
      expect(row?.getValue('rawStatus')).toBe('Completed');
    });

    it('cannot sort when its id is not a server sort field, even asked to: the server could not', () => {
      const optedIn = h.accessor('rawStatus', { header: 'Raw status', enableSorting: true });
      const { column, onSortChange } = renderTable({ columns: h.columns([...columns.slice(0, -2), optedIn]) });
      expect(column('startTime').getCanSort()).toBe(true);
      for (const id of ['idLength', 'rawStatus']) {
        expect(column(id).getCanSort()).toBe(false);
        expect(column(id).getToggleSortingHandler()).toBeTypeOf('function');
        column(id).getToggleSortingHandler()?.({});
      }
      expect(onSortChange).not.toHaveBeenCalled();
    });

    it('sorts on the server when it is a server sort field of its own making', () => {
      const own = h.accessor((row) => row.progress, { id: 'progress', header: 'Done', cell: () => 'x' });
      const { column, onSortChange } = renderTable({ columns: h.columns([own]) });
      expect(column('progress').getCanSort()).toBe(true);
      column('progress').toggleSorting();
      expect(onSortChange).toHaveBeenCalledWith({ field: 'progress', direction: 'desc' });
    });

    it('keeps the columns of a group apart: leaves sort by their own ids', () => {
      const group = h.group({
        id: 'when',
        header: 'When',
        columns: h.columns([h.accessor('startTime', { header: 'Start' }), h.accessor('rowKey', { header: 'Key' })]),
      });
      const { column } = renderTable({ columns: h.columns([group]) });
      expect(column('startTime').getCanSort()).toBe(true);
      expect(column('rowKey').getCanSort()).toBe(false);
    });
  });
});
