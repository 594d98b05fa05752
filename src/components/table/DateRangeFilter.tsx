import { useId } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogFilter } from '../../core/types.js';
import { dayInZone, endOfDayInZone, startOfDayInZone } from '../../core/zoned-day.js';

interface DateRangeFilterProps {
  filter: MigrationLogFilter;
  /** Called with the filter and its new range; a cleared bound leaves the filter. */
  onFilterChange: (filter: MigrationLogFilter) => void;
  timeZone: string | undefined;
  messages: MigrationLogMessages;
}

/** Start-date range as two native date inputs; days are bounded in the view's time zone. */
export function DateRangeFilter({ filter, onFilterChange, timeZone, messages }: DateRangeFilterProps) {
  const fromId = useId();
  const toId = useId();
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
      <div className="mlv-field">
        <label className="mlv-field__label" htmlFor={fromId}>
          {messages.startedFrom}
        </label>
        <input
          id={fromId}
          className="mlv-input"
          type="date"
          value={fromDay}
          max={toDay || undefined}
          onChange={(event) => change(event.target.value, toDay)}
        />
      </div>
      <div className="mlv-field">
        <label className="mlv-field__label" htmlFor={toId}>
          {messages.startedTo}
        </label>
        <input
          id={toId}
          className="mlv-input"
          type="date"
          value={toDay}
          min={fromDay || undefined}
          onChange={(event) => change(fromDay, event.target.value)}
        />
      </div>
    </div>
  );
}
