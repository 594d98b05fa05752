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

/** Midnight at the start of `day` (`YYYY-MM-DD`) in the time zone, as an ISO instant; null if invalid. */
export function startOfDayInZone(day: string, timeZone?: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const utcMidnight = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(utcMidnight)) return null;
  // Two passes settle the offset across a daylight-saving change.
  let guess = utcMidnight - offsetMs(utcMidnight, timeZone);
  guess = utcMidnight - offsetMs(guess, timeZone);
  return new Date(guess).toISOString();
}

/** The last millisecond of `day` in the time zone, as an ISO instant; null if invalid. */
export function endOfDayInZone(day: string, timeZone?: string): string | null {
  const start = startOfDayInZone(day, timeZone);
  if (!start) return null;
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const nextStart = startOfDayInZone(next, timeZone);
  return nextStart ? new Date(Date.parse(nextStart) - 1).toISOString() : null;
}

/** The calendar day (`YYYY-MM-DD`) an ISO instant falls on in the time zone, for date inputs. */
export function dayInZone(iso: string | undefined, timeZone?: string): string {
  if (!iso) return '';
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) return '';
  return new Date(instant + offsetMs(instant, timeZone)).toISOString().slice(0, 10);
}
