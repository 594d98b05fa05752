import type { ReactNode } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLog, MigrationLogSortField } from '../../core/types.js';
import {
  actionsCell,
  cutoverDateCell,
  generatedByCell,
  HostCell,
  instantCell,
  progressCell,
  statusCell,
} from './cells.js';
import type { TableRenderContext } from './table-context.js';

/** A column a host adds to the table. */
export interface MigrationLogExtraColumn {
  /** Unique id; also the key in column visibility. */
  id: string;
  /** Header content. */
  header: ReactNode;
  /** Cell content for a row; rendered as React children (text is never parsed as HTML). */
  cell: (row: MigrationLog) => ReactNode;
}

/** Ids of the built-in columns, in display order. */
export type MigrationLogColumnId = MigrationLogSortField | 'actions';

/**
 * A column as the built-in table renders it. The table keeps its own small column list rather than
 * a TanStack Table instance: server-side sorting and a visibility map are all it needs, and the
 * instance would add ~10 KiB gzip to every host page (`useMigrationLogTable` stays for headless use).
 */
export interface TableColumn {
  id: string;
  /** Header content, in the table's words. */
  header: (messages: MigrationLogMessages) => ReactNode;
  cell: (row: MigrationLog, context: TableRenderContext) => ReactNode;
  /** Always shown, so not offered in the column menu: the actions column. */
  fixed?: boolean;
}

/** A built-in column, headed by its `messages` entry. */
const ownColumn = (
  id: MigrationLogColumnId,
  header: Extract<keyof MigrationLogMessages, `column${string}`>,
  cell: TableColumn['cell'],
): TableColumn => ({ id, header: (m) => m[header], cell });

/** The six fields, in display order; each sorts on the server. */
const builtInColumns = [
  ownColumn('startTime', 'columnStartTime', instantCell('startTime')),
  ownColumn('endTime', 'columnEndTime', instantCell('endTime')),
  ownColumn('generatedBy', 'columnGeneratedBy', generatedByCell),
  ownColumn('cutoverDate', 'columnCutoverDate', cutoverDateCell),
  ownColumn('progress', 'columnProgress', progressCell),
  ownColumn('status', 'columnStatus', statusCell),
];

const actionsColumn: TableColumn = { ...ownColumn('actions', 'columnActions', actionsCell), fixed: true };
const defaultColumns = [...builtInColumns, actionsColumn];

export function isSortableColumn(id: string): id is MigrationLogSortField {
  return builtInColumns.some((column) => column.id === id);
}

/** Built-in columns, then the host's, then the actions column last. */
export function buildColumns(extra: MigrationLogExtraColumn[] | undefined): TableColumn[] {
  if (!extra || extra.length === 0) return defaultColumns;
  const hostColumns = extra.map(
    ({ id, header, cell }): TableColumn => ({
      id,
      header: () => header ?? id,
      cell: (row) => <HostCell render={cell} row={row} />,
    }),
  );
  return [...builtInColumns, ...hostColumns, actionsColumn];
}

/** The columns to show: all but those the visibility map sets to `false`. */
export function visibleColumnsOf(columns: TableColumn[], visibility: Record<string, boolean>): TableColumn[] {
  return columns.filter((column) => visibility[column.id] !== false);
}
