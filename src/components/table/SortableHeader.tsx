import type { ReactNode } from 'react';
import { firstSortDirection } from '../../core/query.js';
import type { MigrationLogSort, MigrationLogSortField } from '../../core/types.js';

interface SortableHeaderProps {
  field: MigrationLogSortField;
  label: ReactNode;
  sort: MigrationLogSort;
  onSortChange: (sort: MigrationLogSort) => void;
}

/** A column header that sorts on the server; the current sort is `aria-sort` on the `<th>`. */
export function SortableHeader({ field, label, sort, onSortChange }: SortableHeaderProps) {
  const active = sort.field === field;
  const direction = active ? sort.direction : undefined;
  function toggle() {
    const next = active ? (sort.direction === 'asc' ? 'desc' : 'asc') : firstSortDirection(field);
    onSortChange({ field, direction: next });
  }
  return (
    <th
      scope="col"
      className="mlv-table__header"
      data-column={field}
      aria-sort={direction === 'asc' ? 'ascending' : direction === 'desc' ? 'descending' : 'none'}
    >
      <button type="button" className="mlv-sort-button" onClick={toggle} data-sorted={direction}>
        <span>{label}</span>
        <span className="mlv-sort-button__indicator" aria-hidden="true">
          {direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
