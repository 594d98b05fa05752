import type { ReactNode } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLog, MigrationLogSortField } from '../../core/types.js';
import type { MigrationLogColumnDef } from '../../hooks/useMigrationLogTable.js';
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

const builtInColumns: MigrationLogColumnDef[] = [
  { id: 'startTime', accessorFn: (r) => r.startTime, cell: (c) => <StartTimeCell row={c.row.original} /> },
  { id: 'endTime', accessorFn: (r) => r.endTime, cell: (c) => <EndTimeCell row={c.row.original} /> },
  { id: 'generatedBy', accessorFn: (r) => r.generatedBy, cell: (c) => <GeneratedByCell row={c.row.original} /> },
  { id: 'cutoverDate', accessorFn: (r) => r.cutoverDate, cell: (c) => <CutoverDateCell row={c.row.original} /> },
  { id: 'progress', accessorFn: (r) => r.progress, cell: (c) => <ProgressCell row={c.row.original} /> },
  { id: 'status', accessorFn: (r) => r.status, cell: (c) => <StatusCell row={c.row.original} /> },
];

const actionsColumn: MigrationLogColumnDef = {
  id: 'actions',
  enableHiding: false,
  cell: (c) => <ActionsCell row={c.row.original} />,
};

/** Built-in columns, then the host's, then the actions column last. */
export function buildColumns(extra: MigrationLogExtraColumn[] | undefined): MigrationLogColumnDef[] {
  if (!extra || extra.length === 0) return [...builtInColumns, actionsColumn];
  const hostColumns: MigrationLogColumnDef[] = extra.map((column) => ({
    id: column.id,
    header: () => column.header,
    cell: (c) => column.cell(c.row.original),
  }));
  return [...builtInColumns, ...hostColumns, actionsColumn];
}
