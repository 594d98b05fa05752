import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogFilter } from '../../core/types.js';
import { dayInZone, endOfDayInZone, startOfDayInZone } from '../../core/zoned-day.js';
import { DraftField } from './DraftField.js';

interface DateRangeFilterProps {
  filter: MigrationLogFilter;
  /** Called with the filter and its new range; a cleared bound leaves the filter. */
  onFilterChange: (filter: MigrationLogFilter) => void;
  timeZone: string | undefined;
  messages: MigrationLogMessages;
  debounceMs: number;
}

/** Start-date range as two native date inputs; days are bounded in the view's time zone. */
export function DateRangeFilter({ filter, onFilterChange, timeZone, messages, debounceMs }: DateRangeFilterProps) {
  const fromDay = dayInZone(filter.startedFrom, timeZone);
  const toDay = dayInZone(filter.startedTo, timeZone);

  function change(from: string, to: string) {
    // The other filters stay; a bound is set only while its day is (a cleared one, '', has no instant).
    const { startedFrom: _from, startedTo: _to, ...rest } = filter;
    const next: MigrationLogFilter = rest;
    const start = startOfDayInZone(from, timeZone);
    const end = endOfDayInZone(to, timeZone);
    if (start) next.startedFrom = start;
    if (end) next.startedTo = end;
    onFilterChange(next);
  }

  return (
    <div className="mlv-date-range">
      <DraftField
        className="mlv-field"
        type="date"
        label={messages.startedFrom}
        value={fromDay}
        max={toDay || undefined}
        onValueChange={(from) => change(from, toDay)}
        debounceMs={debounceMs}
      />
      <DraftField
        className="mlv-field"
        type="date"
        label={messages.startedTo}
        value={toDay}
        min={fromDay || undefined}
        onValueChange={(to) => change(fromDay, to)}
        debounceMs={debounceMs}
      />
    </div>
  );
}
