import type { MigrationLogMessages } from '../../core/messages.js';
import type { TableColumn } from './columns.js';

/**
 * Placeholder rows while the first page loads, sized like real rows so nothing jumps. Each cell
 * names the visible column it stands for, so column rules (the pinned actions column) apply to it
 * as to a real cell, and to no other column when the host hides that one.
 */
export function SkeletonRows({ rows, columns }: { rows: number; columns: TableColumn[] }) {
  return (
    <>
      {Array.from({ length: rows }, (_, r) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholder rows have no identity
        <tr key={r} className="mlv-table__row mlv-table__row--skeleton">
          {columns.map((column) => (
            <td key={column.id} className="mlv-table__cell" data-column={column.id}>
              <span className="mlv-skeleton" aria-hidden="true" />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}

interface EmptyRowProps {
  columns: number;
  filtered: boolean;
  onReset: () => void;
  messages: MigrationLogMessages;
}

/** No rows: says why, and offers the reset when filters excluded everything. */
export function EmptyRow({ columns, filtered, onReset, messages }: EmptyRowProps) {
  return (
    <tr className="mlv-table__row mlv-table__row--empty">
      <td className="mlv-table__cell mlv-table__empty" colSpan={columns}>
        {/* Kept to the visible part of a table wider than its scroll area (see the styles). */}
        <div className="mlv-table__empty-message">
          {/* Focused when a refresh took away the last row and its focus (see keep-row-focus). */}
          <span tabIndex={-1}>{filtered ? messages.emptyFiltered : messages.empty}</span>
          {filtered && (
            <button type="button" className="mlv-button" onClick={onReset}>
              {messages.resetFilters}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}
