import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogSort } from '../../core/types.js';
import { isSortableColumn, type TableColumn } from './columns.js';
import { SortableHeader } from './SortableHeader.js';

interface TableHeadProps {
  columns: TableColumn[];
  messages: MigrationLogMessages;
  sort: MigrationLogSort;
  onSortChange: (sort: MigrationLogSort) => void;
  /** Row 1 of the list in scroll mode, where the table declares `aria-rowcount`. */
  ariaRowIndex?: number | undefined;
}

/** The header row: sortable headers for the six fields, plain ones for the rest. */
export function TableHead({ columns, messages, sort, onSortChange, ariaRowIndex }: TableHeadProps) {
  return (
    <thead>
      <tr aria-rowindex={ariaRowIndex}>
        {columns.map(({ id, header }) =>
          isSortableColumn(id) ? (
            <SortableHeader key={id} field={id} label={header(messages)} sort={sort} onSortChange={onSortChange} />
          ) : (
            <th key={id} scope="col" className="mlv-table__header" data-column={id}>
              {header(messages)}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
