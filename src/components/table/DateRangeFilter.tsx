import { useId } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import { dayInZone, endOfDayInZone, startOfDayInZone } from '../../core/zoned-day.js';

interface DateRangeFilterProps {
  startedFrom: string | undefined;
  startedTo: string | undefined;
  timeZone: string | undefined;
  onValueChange: (range: { startedFrom?: string; startedTo?: string }) => void;
  messages: MigrationLogMessages;
}

/** Start-date range as two native date inputs; days are bounded in the view's time zone. */
export function DateRangeFilter({ startedFrom, startedTo, timeZone, onValueChange, messages }: DateRangeFilterProps) {
  const fromId = useId();
  const toId = useId();
  const fromDay = dayInZone(startedFrom, timeZone);
  const toDay = dayInZone(startedTo, timeZone);

  function change(from: string, to: string) {
    const range: { startedFrom?: string; startedTo?: string } = {};
    const start = from ? startOfDayInZone(from, timeZone) : null;
    const end = to ? endOfDayInZone(to, timeZone) : null;
    if (start) range.startedFrom = start;
    if (end) range.startedTo = end;
    onValueChange(range);
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
