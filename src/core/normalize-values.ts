/** Small, total converters from untrusted wire values to safe display values. None of them throws. */

export const MAX_TEXT = 10_000;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Caps a string at `max` characters plus `…`, never splitting a surrogate pair (an emoji). */
export function truncate(text: string, max = MAX_TEXT): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/** The trimmed string, or null for anything that is not a string with something but whitespace in it. */
export function nonBlank(value: unknown): string | null {
  return (typeof value === 'string' && value.trim()) || null;
}

/**
 * A trimmed, length-capped string, or null for anything that is not a non-empty string or a number
 * {@link toId} takes: text sent as a number is a key (a record key, a user id), wrong when rounded.
 */
export function toText(value: unknown): string | null {
  // nonBlank takes text; toId then only a safe integer, as a blank string is no id either.
  const text = nonBlank(value) ?? toId(value);
  return text && truncate(text);
}

/**
 * An id as sent, or null when missing, blank or longer than text is capped at. Ids are opaque: not
 * trimmed, and never cut, as a cut one would go back to the source as another (made-up) id.
 * A number counts only as a safe integer: JSON.parse rounds one past 2^53 (a 64-bit key) to another
 * migration's id, and a fraction's digits need not be those sent.
 */
export function toId(value: unknown): string | null {
  if (Number.isSafeInteger(value)) return String(value);
  return nonBlank(value) && (value as string).length <= MAX_TEXT ? (value as string) : null;
}

// ISO 8601 date or date-time; `new Date` alone would also accept "Migration 5" (May 2001) or roll
// 2024-02-30 over to March.
const ISO_INSTANT = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * A valid Date from an ISO 8601 string or epoch milliseconds, else null. A date-time without an
 * offset is read as UTC, as a date alone is: in the viewer's own zone it would show a different
 * time on every computer.
 */
export function toInstant(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let input: string | number = value;
  if (typeof value === 'string') {
    const match = ISO_INSTANT.exec(value.trim());
    if (!match || toUtcDay(match[1]) === null) return null;
    const [, day, time, zone] = match;
    input = time === undefined ? (day as string) : `${day}T${time}${zone ?? 'Z'}`;
  }
  // Beyond ±8.64e15 ms (about ±275,000 years) a Date is invalid too, so Intl never sees absurd years.
  const date = new Date(input);
  return Number.isNaN(date.getTime()) ? null : date;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/i;

/**
 * Midnight UTC of a real calendar date `YYYY-MM-DD` (the date part of an ISO date-time is
 * accepted), else null.
 */
export function toUtcDay(value: unknown): Date | null {
  const match = typeof value === 'string' ? CALENDAR_DATE.exec(value.trim()) : null;
  if (!match) return null;
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const date = new Date(0);
  date.setUTCFullYear(Number(match[1]), month, day); // Date.UTC would read years 0–99 as 1900–1999
  // A day that does not exist (2024-02-30, 2024-13-01) rolls over to another one. Compared as
  // numbers: formatting an ISO string per value made sorting 100,000 rows by a date slow.
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}

/** A real calendar date `YYYY-MM-DD` (the date part of an ISO date-time is accepted), else null. */
export function toCalendarDate(value: unknown): string | null {
  // A valid value starts with its YYYY-MM-DD part.
  return toUtcDay(value) ? (value as string).trim().slice(0, 10) : null;
}

// Decimal only: `Number` would also read "0x40" as 64 and "0b1" as 1.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
/** A finite number, given as one or as a decimal string; else null. */
function toFinite(value: unknown): number | null {
  const number = typeof value === 'string' && DECIMAL.test(value.trim()) ? Number(value) : value;
  // Number.isFinite is false for anything but a number.
  return Number.isFinite(number) ? (number as number) : null;
}

/** Progress clamped to 0–100, or null when missing or not a finite (decimal) number. */
export function toProgress(value: unknown): number | null {
  const number = toFinite(value);
  return number === null ? null : Math.min(100, Math.max(0, number));
}

/**
 * A whole count from 0 to 2^53 − 1, or null. Decimal strings count: SQL drivers send a bigint COUNT
 * (`"42"`) as text. A larger one is a bug, not a count: a total of 1e300 would print 301 digits and
 * turn "Last page" into `pageIndex=4e+298`.
 */
export function toCount(value: unknown): number | null {
  const count = Math.floor(toFinite(value) ?? -1);
  return count >= 0 && Number.isSafeInteger(count) ? count : null;
}

/** An http(s) URL, or null: other schemes (javascript:, data:) never reach an href. */
export function toSafeUrl(value: unknown): string | null {
  // Blank or a bare fragment would link to the host page itself: no file there.
  const text = typeof value === 'string' ? value.trim() : '';
  if (!text || text[0] === '#') return null;
  try {
    return /^https?:$/.test(new URL(text, 'https://invalid.example').protocol) ? text : null;
  } catch {
    return null;
  }
}

/** Any JSON value as a short display string. */
export function toDisplayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return toText(value) ?? '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  try {
    return truncate(JSON.stringify(value) ?? String(value));
  } catch {
    // BigInt, cycles, or an object whose toJSON/toString throws.
    try {
      return truncate(String(value));
    } catch {
      return '';
    }
  }
}
