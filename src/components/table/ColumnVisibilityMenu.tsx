import type { ReactNode } from 'react';
import { visuallyHiddenStyle } from '../shared/VisuallyHidden.js';
import type { TableColumn } from './columns.js';

interface ColumnVisibilityMenuProps {
  columns: TableColumn[];
  /** An absent id is visible. */
  visibility: Record<string, boolean>;
  onVisibilityChange: (visibility: Record<string, boolean>) => void;
  label: string;
  headerOf: (columnId: string) => ReactNode;
}

/** Show or hide columns; a native disclosure keeps it keyboard-usable without a popover library. */
export function ColumnVisibilityMenu({
  columns: all,
  visibility,
  onVisibilityChange,
  label,
  headerOf,
}: ColumnVisibilityMenuProps) {
  const columns = all.filter((column) => column.canHide);
  const shown = columns.filter((column) => visibility[column.id] !== false).length;
  return (
    <details className="mlv-column-menu">
      <summary className="mlv-button mlv-column-menu__toggle">{label}</summary>
      <fieldset className="mlv-column-menu__panel">
        <legend style={visuallyHiddenStyle}>{label}</legend>
        {columns.map((column) => {
          const visible = visibility[column.id] !== false;
          return (
            <label key={column.id} className="mlv-column-menu__option">
              <input
                type="checkbox"
                className="mlv-checkbox"
                checked={visible}
                // Keep at least one data column visible.
                disabled={visible && shown === 1}
                onChange={(event) => onVisibilityChange({ ...visibility, [column.id]: event.target.checked })}
              />
              <span>{headerOf(column.id)}</span>
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
