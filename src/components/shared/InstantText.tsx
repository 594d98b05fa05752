import { formatInstant } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import { notAvailable } from './not-available.js';

export interface InstantTextProps {
  value: Date | null;
  locale?: string | undefined;
  timeZone?: string | undefined;
  messages: MigrationLogMessages;
}

/**
 * An instant in the user's locale and time zone. The exact UTC time is the element's title, so it
 * shows on hover and is read as the accessible description.
 */
export function InstantText({ value, locale, timeZone, messages }: InstantTextProps) {
  const formatted = formatInstant(value, { locale, timeZone });
  if (!formatted) return notAvailable(messages);
  return (
    <time className="mlv-instant" dateTime={formatted.dateTime} title={messages.utcTime(formatted.utc)}>
      {formatted.text}
    </time>
  );
}
