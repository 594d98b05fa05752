import { formatCalendarDate } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';

/** A cutover date: a calendar day, formatted without any time zone so it reads the same everywhere. */
export function CalendarDateText({
  value,
  locale,
  messages,
}: {
  value: string | null;
  locale?: string | undefined;
  messages: MigrationLogMessages;
}) {
  if (!value) return <span className="mlv-empty-value">{messages.notAvailable}</span>;
  return (
    <time className="mlv-calendar-date" dateTime={value}>
      {formatCalendarDate(value, { locale })}
    </time>
  );
}
