import type { Row } from '@tanstack/react-table';
import { memo } from 'react';
import type { MigrationLog } from '../../core/types.js';
import type { MigrationLogTableFeatures, MigrationLogTableInstance } from '../../hooks/useMigrationLogTable.js';

interface MigrationLogRowProps {
  table: MigrationLogTableInstance;
  row: Row<MigrationLogTableFeatures, MigrationLog>;
  /** The row's data; rows re-render only when this object changes (the hooks keep unchanged rows identical). */
  log: MigrationLog;
  /** Changes when the visible columns change. */
  columnsKey: string;
  ariaRowIndex?: number | undefined;
}

function MigrationLogRowImpl({ table, row, log, ariaRowIndex }: MigrationLogRowProps) {
  return (
    <tr className="mlv-table__row" data-status={log.status} data-row-key={log.rowKey} aria-rowindex={ariaRowIndex}>
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} className="mlv-table__cell" data-column={cell.column.id}>
          <table.FlexRender cell={cell} />
        </td>
      ))}
    </tr>
  );
}

/** One table row, memoised on its data so a refresh that changes one row re-renders one row. */
export const MigrationLogRow = memo(
  MigrationLogRowImpl,
  (prev, next) =>
    prev.log === next.log && prev.columnsKey === next.columnsKey && prev.ariaRowIndex === next.ariaRowIndex,
);
