import { memo } from 'react';
import type { MigrationLog } from '../../core/types.js';
import type { TableColumn } from './columns.js';
import type { TableRenderContext } from './table-context.js';

interface MigrationLogRowProps {
  /** The visible columns; a new array only when they change. */
  columns: TableColumn[];
  /** What the cells need besides the row; a new one re-renders the row. */
  context: TableRenderContext;
  /**
   * The row's data; rows re-render only when this object changes (the hooks keep unchanged rows
   * identical). Undefined while its chunk loads in scroll mode: the row shows placeholders, and
   * keeps its element (and focus) when the data arrives.
   */
  log: MigrationLog | undefined;
  /** 1-based position in the whole list, the header row being 1 (scroll mode). */
  ariaRowIndex?: number | undefined;
  /** Position in the list, for keyboard movement (scroll mode). */
  index?: number | undefined;
  /** Roving tab stop: 0 for the one row Tab reaches, -1 for the others (scroll mode). */
  tabIndex?: number | undefined;
}

function MigrationLogRowImpl({ columns, context, log, ariaRowIndex, index, tabIndex }: MigrationLogRowProps) {
  return (
    <tr
      className={log ? 'mlv-table__row' : 'mlv-table__row mlv-table__row--skeleton'}
      data-status={log?.status}
      data-row-key={log?.rowKey}
      data-index={index}
      aria-rowindex={ariaRowIndex}
      aria-busy={log ? undefined : true}
      tabIndex={tabIndex}
    >
      {columns.map((column) => (
        <td key={column.id} className="mlv-table__cell" data-column={column.id}>
          {log ? column.cell(log, context) : <span className="mlv-skeleton" aria-hidden="true" />}
        </td>
      ))}
    </tr>
  );
}

/**
 * One table row, memoised on its props so a refresh that changes one row re-renders one row: the
 * table keeps the columns and the render context identical while they stay the same.
 */
export const MigrationLogRow = memo(MigrationLogRowImpl);
