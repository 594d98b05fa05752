import { type FocusEvent, useEffect, useRef } from 'react';
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
  const ref = useRef<HTMLDetailsElement>(null);
  // While the panel is open, Escape is its alone: it closes the panel and returns focus to its
  // toggle, so the panel is not left over the table. Heard on window while capturing and kept from
  // the rest of the page: a host's dialog around the view would close on it too (Radix's at the
  // document while capturing, a native modal <dialog> unless its default is prevented).
  useEffect(() => {
    const closeOnEscape = (event: KeyboardEvent) => {
      const menu = ref.current;
      if (event.key !== 'Escape' || !menu?.open) return;
      event.preventDefault();
      event.stopPropagation();
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    window.addEventListener('keydown', closeOnEscape, true);
    return () => window.removeEventListener('keydown', closeOnEscape, true);
  }, []);
  return (
    <details ref={ref} className="mlv-column-menu" onBlur={closeOnFocusOut}>
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
