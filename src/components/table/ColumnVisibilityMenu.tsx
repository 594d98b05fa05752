import type { ReactNode } from 'react';
import type { MigrationLogTableInstance } from '../../hooks/useMigrationLogTable.js';
import { visuallyHiddenStyle } from '../shared/VisuallyHidden.js';

interface ColumnVisibilityMenuProps {
  table: MigrationLogTableInstance;
  label: string;
  headerOf: (columnId: string) => ReactNode;
}

/** Show or hide columns; a native disclosure keeps it keyboard-usable without a popover library. */
export function ColumnVisibilityMenu({ table, label, headerOf }: ColumnVisibilityMenuProps) {
  const columns = table.getAllLeafColumns().filter((column) => column.getCanHide());
  return (
    <details className="mlv-column-menu">
      <summary className="mlv-button mlv-column-menu__toggle">{label}</summary>
      <fieldset className="mlv-column-menu__panel">
        <legend style={visuallyHiddenStyle}>{label}</legend>
        {columns.map((column) => (
          <label key={column.id} className="mlv-column-menu__option">
            <input
              type="checkbox"
              className="mlv-checkbox"
              checked={column.getIsVisible()}
              // Keep at least one data column visible.
              disabled={column.getIsVisible() && columns.filter((c) => c.getIsVisible()).length === 1}
              onChange={(event) => column.toggleVisibility(event.target.checked)}
            />
            <span>{headerOf(column.id)}</span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}
