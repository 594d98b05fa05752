import { formatCalendarDate } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import { notAvailable } from './not-available.js';

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
  if (!value) return notAvailable(messages);
  return (
    <time className="mlv-calendar-date" dateTime={value}>
      {formatCalendarDate(value, { locale })}
    </time>
  );
}
