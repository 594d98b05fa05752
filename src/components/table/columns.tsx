import type { ReactNode } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLog, MigrationLogSortField } from '../../core/types.js';
import {
  ActionsCell,
  CutoverDateCell,
  EndTimeCell,
  GeneratedByCell,
  ProgressCell,
  StartTimeCell,
  StatusCell,
} from './cells.js';

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

export const BUILT_IN_COLUMN_IDS: readonly MigrationLogColumnId[] = [
  'startTime',
  'endTime',
  'generatedBy',
  'cutoverDate',
  'progress',
  'status',
  'actions',
];

const SORTABLE = new Set<string>(['startTime', 'endTime', 'generatedBy', 'cutoverDate', 'progress', 'status']);

export function isSortableColumn(id: string): id is MigrationLogSortField {
  return SORTABLE.has(id);
}

/** The header text of a built-in column, or null for a host's column. */
export function builtInHeader(id: string, messages: MigrationLogMessages): string | null {
  const headers: Record<MigrationLogColumnId, string> = {
    startTime: messages.columnStartTime,
    endTime: messages.columnEndTime,
    generatedBy: messages.columnGeneratedBy,
    cutoverDate: messages.columnCutoverDate,
    progress: messages.columnProgress,
    status: messages.columnStatus,
    actions: messages.columnActions,
  };
  return (headers as Record<string, string>)[id] ?? null;
}

/**
 * A column as the built-in table renders it. The table keeps its own small column list rather than
 * a TanStack Table instance: server-side sorting and a visibility map are all it needs, and the
 * instance would add ~10 KiB gzip to every host page (`useMigrationLogTable` stays for headless use).
 */
export interface TableColumn {
  id: string;
  cell: (row: MigrationLog) => ReactNode;
  /** Offered in the column menu; the actions column is not. */
  canHide: boolean;
}

const builtInColumns: TableColumn[] = [
  { id: 'startTime', canHide: true, cell: (row) => <StartTimeCell row={row} /> },
  { id: 'endTime', canHide: true, cell: (row) => <EndTimeCell row={row} /> },
  { id: 'generatedBy', canHide: true, cell: (row) => <GeneratedByCell row={row} /> },
  { id: 'cutoverDate', canHide: true, cell: (row) => <CutoverDateCell row={row} /> },
  { id: 'progress', canHide: true, cell: (row) => <ProgressCell row={row} /> },
  { id: 'status', canHide: true, cell: (row) => <StatusCell row={row} /> },
];

const actionsColumn: TableColumn = { id: 'actions', canHide: false, cell: (row) => <ActionsCell row={row} /> };
const defaultColumns = [...builtInColumns, actionsColumn];

/** A host's cell as a component of its own, so a cell function may use hooks. */
function HostCell({ render, row }: { render: MigrationLogExtraColumn['cell']; row: MigrationLog }) {
  return render(row);
}

/** Built-in columns, then the host's, then the actions column last. */
export function buildColumns(extra: MigrationLogExtraColumn[] | undefined): TableColumn[] {
  if (!extra || extra.length === 0) return defaultColumns;
  const hostColumns = extra.map(
    ({ id, cell }): TableColumn => ({ id, canHide: true, cell: (row) => <HostCell render={cell} row={row} /> }),
  );
  return [...builtInColumns, ...hostColumns, actionsColumn];
}

/** The columns to show: all but those the visibility map sets to `false`. */
export function visibleColumnsOf(columns: TableColumn[], visibility: Record<string, boolean>): TableColumn[] {
  return columns.filter((column) => visibility[column.id] !== false);
}
