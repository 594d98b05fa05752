/**
 * Converts a calendar day picked in a date input into the instants that bound it in a time zone,
 * so "started from 3 March" means midnight of 3 March where the user is looking, not in UTC.
 */

function offsetMs(instant: number, timeZone: string | undefined): number {
  if (!timeZone) return -new Date(instant).getTimezoneOffset() * 60_000;
  try {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    }).formatToParts(new Date(instant));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return asUtc - Math.floor(instant / 1000) * 1000;
  } catch {
    return 0;
  }
}

/** Midnight at the start of `day` (`YYYY-MM-DD`) plus `days`, in the time zone, in epoch ms; null if invalid. */
function midnightInZone(day: string, timeZone: string | undefined, days = 0): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  // Two passes settle the offset across a daylight-saving change.
  const guess = utcMidnight - offsetMs(utcMidnight, timeZone);
  return utcMidnight - offsetMs(guess, timeZone);
}

/** Midnight at the start of `day` (`YYYY-MM-DD`) in the time zone, as an ISO instant; null if invalid. */
export function startOfDayInZone(day: string, timeZone?: string): string | null {
  const start = midnightInZone(day, timeZone);
  return start === null ? null : new Date(start).toISOString();
}

/** The last millisecond of `day` in the time zone, as an ISO instant; null if invalid. */
export function endOfDayInZone(day: string, timeZone?: string): string | null {
  const nextStart = midnightInZone(day, timeZone, 1);
  return nextStart === null ? null : new Date(nextStart - 1).toISOString();
}

/** The calendar day (`YYYY-MM-DD`) an ISO instant falls on in the time zone, for date inputs. */
export function dayInZone(iso: string | undefined, timeZone?: string): string {
  const instant = Date.parse(iso ?? ''); // NaN for a missing value too
  if (Number.isNaN(instant)) return '';
  return new Date(instant + offsetMs(instant, timeZone)).toISOString().slice(0, 10);
}
