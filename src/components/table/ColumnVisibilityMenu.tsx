import type { FocusEvent, KeyboardEvent } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import { visuallyHiddenStyle } from '../shared/VisuallyHidden.js';
import type { TableColumn } from './columns.js';

interface ColumnVisibilityMenuProps {
  columns: TableColumn[];
  /** An absent id is visible. */
  visibility: Record<string, boolean>;
  onVisibilityChange: (visibility: Record<string, boolean>) => void;
  messages: MigrationLogMessages;
}

/** Escape closes the panel and returns focus to its toggle; the panel is not left over the table. */
function closeOnEscape(event: KeyboardEvent<HTMLDetailsElement>) {
  const menu = event.currentTarget;
  if (event.key !== 'Escape' || !menu.open) return;
  event.stopPropagation();
  menu.open = false;
  menu.querySelector('summary')?.focus();
}

/** Focus leaving the menu closes it, so the open panel never covers what focus moved to (WCAG 2.4.11). */
function closeOnFocusOut(event: FocusEvent<HTMLDetailsElement>) {
  if (!event.currentTarget.contains(event.relatedTarget as Node | null)) event.currentTarget.open = false;
}

/** Show or hide columns; a native disclosure keeps it keyboard-usable without a popover library. */
export function ColumnVisibilityMenu({
  columns: all,
  visibility,
  onVisibilityChange,
  messages,
}: ColumnVisibilityMenuProps) {
  const columns = all.filter((column) => !column.fixed);
  const shown = columns.filter((column) => visibility[column.id] !== false).length;
  return (
    <details className="mlv-column-menu" onKeyDown={closeOnEscape} onBlur={closeOnFocusOut}>
      <summary className="mlv-button mlv-column-menu__toggle">{messages.columns}</summary>
      <fieldset className="mlv-column-menu__panel">
        <legend className="mlv-sr" style={visuallyHiddenStyle}>
          {messages.columns}
        </legend>
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
              <span>{column.header(messages)}</span>
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
