/**
 * Converts a calendar day picked in a date input into the instants that bound it in a time zone,
 * so "started from 3 March" means midnight of 3 March where the user is looking, not in UTC.
 */

import { intlFormat } from './intl-format.js';

const DAY_MS = 86_400_000;

/** Epoch ms of a wall time read as UTC; Date.UTC would read the years 0–99 as 1900–1999. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date.setUTCHours(hour, minute, second);
}

/** How far the zone's wall clock is ahead of UTC at the instant. A zone the runtime rejects reads as the runtime's own, as the view's times do. */
function offsetMs(instant: number, timeZone: string | undefined): number {
  const parts = intlFormat(Intl.DateTimeFormat, 'en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = utcMs(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The first instant of `day` (`YYYY-MM-DD`) plus `days`, in the time zone, in epoch ms; null if invalid. */
function midnightInZone(day: string, timeZone: string | undefined, days = 0): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const midnight = utcMs(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  // Midnight read with the offsets of the day before and the day after: one of them holds across
  // any daylight-saving change that night.
  const candidates = [
    midnight - offsetMs(midnight - DAY_MS, timeZone),
    midnight - offsetMs(midnight + DAY_MS, timeZone),
  ];
  const real = candidates.filter((t) => t + offsetMs(t, timeZone) === midnight);
  // Midnight twice (clocks back at 01:00): the day starts at the first. Never (clocks forward at
  // 00:00): it starts when the clocks jump, the later candidate.
  return real.length > 0 ? Math.min(...real) : Math.max(...candidates);
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
