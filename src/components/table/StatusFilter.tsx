import type { MigrationLogMessages } from '../../core/messages.js';
import { MIGRATION_STATUSES } from '../../core/status.js';
import type { MigrationLogFilter, MigrationStatus } from '../../core/types.js';
import { StatusIcon } from '../status-badge/StatusIcon.js';

interface StatusFilterProps {
  filter: MigrationLogFilter;
  onFilterChange: (filter: MigrationLogFilter) => void;
  messages: MigrationLogMessages;
}

/** A multi-select of statuses as a group of checkboxes: native keyboard use, no custom widget. */
export function StatusFilter({ filter, onFilterChange, messages }: StatusFilterProps) {
  const selected = new Set(filter.statuses);
  function toggle(status: MigrationStatus, checked: boolean) {
    // Keep lifecycle order so the query (and its cache key) does not depend on click order.
    const statuses = MIGRATION_STATUSES.filter((s) => (s === status ? checked : selected.has(s)));
    onFilterChange({ ...filter, statuses });
  }
  return (
    <fieldset className="mlv-status-filter">
      <legend className="mlv-field__label">{messages.filterStatus}</legend>
      <div className="mlv-status-filter__options">
        {MIGRATION_STATUSES.map((status) => (
          <label key={status} className="mlv-status-filter__option" data-status={status}>
            <input
              type="checkbox"
              className="mlv-checkbox"
              checked={selected.has(status)}
              onChange={(event) => toggle(status, event.target.checked)}
            />
            <StatusIcon status={status} />
            <span>{messages.statusLabels[status]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
