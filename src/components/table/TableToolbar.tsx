import type { MigrationLogMessages } from '../../core/messages.js';
import { hasActiveFilter } from '../../core/query.js';
import type { MigrationLogFilter } from '../../core/types.js';
import { softDisabled } from '../shared/soft-disabled.js';
import { ColumnVisibilityMenu } from './ColumnVisibilityMenu.js';
import type { TableColumn } from './columns.js';
import { DateRangeFilter } from './DateRangeFilter.js';
import { DraftField } from './DraftField.js';
import { StatusFilter } from './StatusFilter.js';

export interface TableToolbarProps {
  filter: MigrationLogFilter;
  onFilterChange: (filter: MigrationLogFilter) => void;
  columns: TableColumn[];
  columnVisibility: Record<string, boolean>;
  onColumnVisibilityChange: (visibility: Record<string, boolean>) => void;
  messages: MigrationLogMessages;
  timeZone: string | undefined;
  searchDebounceMs: number;
}

/** Status filter, search, start-date range, reset and column visibility. */
export function TableToolbar({
  filter,
  onFilterChange,
  columns,
  columnVisibility,
  onColumnVisibilityChange,
  messages,
  timeZone,
  searchDebounceMs,
}: TableToolbarProps) {
  return (
    <div className="mlv-toolbar">
      <StatusFilter filter={filter} onFilterChange={onFilterChange} messages={messages} />
      <div className="mlv-toolbar__row">
        <DraftField
          className="mlv-field mlv-search"
          type="search"
          autoComplete="off"
          label={messages.searchLabel}
          placeholder={messages.searchPlaceholder}
          value={filter.search ?? ''}
          debounceMs={searchDebounceMs}
          onValueChange={(search) => onFilterChange({ ...filter, search })}
        />
        <DateRangeFilter
          filter={filter}
          onFilterChange={onFilterChange}
          timeZone={timeZone}
          messages={messages}
          debounceMs={searchDebounceMs}
        />
        <div className="mlv-toolbar__actions">
          <button
            type="button"
            className="mlv-button"
            {...softDisabled(!hasActiveFilter(filter), () => onFilterChange({}))}
          >
            {messages.resetFilters}
          </button>
          <ColumnVisibilityMenu
            columns={columns}
            visibility={columnVisibility}
            onVisibilityChange={onColumnVisibilityChange}
            messages={messages}
          />
        </div>
      </div>
    </div>
  );
}
