import type { ReactNode } from 'react';
import type { MigrationLogSort } from '../../core/types.js';
import { isSortableColumn, type TableColumn } from './columns.js';
import { SortableHeader } from './SortableHeader.js';

interface TableHeadProps {
  columns: TableColumn[];
  headerOf: (columnId: string) => ReactNode;
  sort: MigrationLogSort;
  onSortChange: (sort: MigrationLogSort) => void;
  /** Row 1 of the list in scroll mode, where the table declares `aria-rowcount`. */
  ariaRowIndex?: number | undefined;
}

/** The header row: sortable headers for the six fields, plain ones for the rest. */
export function TableHead({ columns, headerOf, sort, onSortChange, ariaRowIndex }: TableHeadProps) {
  return (
    <thead>
      <tr aria-rowindex={ariaRowIndex}>
        {columns.map(({ id }) =>
          isSortableColumn(id) ? (
            <SortableHeader key={id} field={id} label={headerOf(id)} sort={sort} onSortChange={onSortChange} />
          ) : (
            <th key={id} scope="col" className="mlv-table__header" data-column={id}>
              {headerOf(id)}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
