import type { MigrationLogMessages } from '../../core/messages.js';
import { firstSortDirection } from '../../core/query.js';
import type { MigrationLogSort } from '../../core/types.js';
import { isSortableColumn, type TableColumn } from './columns.js';

interface TableHeadProps {
  columns: TableColumn[];
  messages: MigrationLogMessages;
  sort: MigrationLogSort;
  /** Sorts through the query of the table (which goes back to the first page). */
  setQuery: (update: { sort: MigrationLogSort }) => void;
  /** Row 1 of the list in scroll mode, where the table declares `aria-rowcount`. */
  ariaRowIndex?: number | undefined;
}

/**
 * The header row. The six fields' headers are buttons that sort on the server; the current sort is
 * `aria-sort` on its `<th>`.
 */
export function TableHead({ columns, messages, sort, setQuery, ariaRowIndex }: TableHeadProps) {
  return (
    <thead>
      <tr aria-rowindex={ariaRowIndex}>
        {columns.map(({ id, header }) => {
          if (!isSortableColumn(id)) {
            return (
              <th key={id} scope="col" className="mlv-table__header" data-column={id}>
                {header(messages)}
              </th>
            );
          }
          const direction = sort.field === id ? sort.direction : undefined;
          const toggle = () =>
            setQuery({
              sort: {
                field: id,
                direction: direction ? (direction === 'asc' ? 'desc' : 'asc') : firstSortDirection(id),
              },
            });
          return (
            <th
              key={id}
              scope="col"
              className="mlv-table__header"
              data-column={id}
              // 'asc' and 'desc' are the stems of ARIA's 'ascending' and 'descending'.
              aria-sort={direction ? `${direction}ending` : 'none'}
            >
              <button type="button" className="mlv-sort-button" onClick={toggle} data-sorted={direction}>
                <span>{header(messages)}</span>
                <span className="mlv-sort-button__indicator" aria-hidden="true">
                  {direction ? (direction === 'asc' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
