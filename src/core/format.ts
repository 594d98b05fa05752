/**
 * Date, calendar-date and duration formatting on Intl, with formatters cached per locale and time
 * zone. Bad locales or time zones from a host fall back to the runtime default instead of throwing.
 * Nor does a bad value: as normalisation reads them, an Invalid Date is a missing one (null, shown
 * as `messages.notAvailable`) and a number that is none (NaN, ±Infinity) shows as that mark.
 */

import { intlFormat } from './intl-format.js';
import { toUtcDay } from './normalize-values.js';

/** Locale and time zone of the `format*` functions. */
export interface FormatOptions {
  /** BCP 47 locale; the runtime default when missing. */
  locale?: string | undefined;
  /** IANA time zone for instants; the runtime default when missing. */
  timeZone?: string | undefined;
}

/** An instant as `formatInstant` returns it: the text to show and the exact UTC value. */
export interface FormattedInstant {
  /** Localised date and time in the chosen time zone. */
  text: string;
  /** Exact instant in UTC, ISO 8601. */
  utc: string;
  /** Same as `utc`, for `<time dateTime>`. */
  dateTime: string;
}

/**
 * Formats an instant in the user's locale and time zone, keeping the exact UTC value; null for a
 * missing one (every date of a normalised row may be null) or an Invalid Date (`new Date('soon')`),
 * which Intl would throw on: `formatInstant(row.endTime)?.text ?? '—'`.
 */
export function formatInstant(date: Date | null, options: FormatOptions = {}): FormattedInstant | null {
  if (!date || Number.isNaN(date.getTime())) return null;
  const format = intlFormat(Intl.DateTimeFormat, options.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  });
  const iso = date.toISOString();
  return { text: format.format(date), utc: iso, dateTime: iso };
}

/**
 * Formats a calendar date `YYYY-MM-DD` as a date in the locale. It is formatted in UTC from its
 * own parts, so it reads the same in every time zone. A value that is not a real date is returned
 * as it is (never throws).
 */
export function formatCalendarDate(value: string, options?: Pick<FormatOptions, 'locale'>): string;
/**
 * Formats a calendar date `YYYY-MM-DD` as a date in the locale, the same in every time zone; a value
 * that is not a real date is returned as it is, so a missing one (null) gives null:
 * `formatCalendarDate(row.cutoverDate) ?? '—'`.
 */
export function formatCalendarDate(value: string | null, options?: Pick<FormatOptions, 'locale'>): string | null;
export function formatCalendarDate(value: string | null, options: Pick<FormatOptions, 'locale'> = {}): string | null {
  const date = toUtcDay(value);
  if (date === null) return value;
  return intlFormat(Intl.DateTimeFormat, options.locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** Unit words of `formatDuration`, as in `messages.durationUnits` (`h` in `2 h 5 min`). */
export interface DurationUnits {
  /** Unit after a number of days. */
  day: string;
  /** Unit after a number of hours. */
  hour: string;
  /** Unit after a number of minutes. */
  minute: string;
  /** Unit after a number of seconds. */
  second: string;
}

function numberFormat(locale: string | undefined, style?: 'percent'): Intl.NumberFormat {
  return intlFormat(Intl.NumberFormat, locale, { style });
}

/** `defaultMessages.notAvailable` (a test keeps them equal): what a number that is none shows. */
const NOT_A_NUMBER = '—';

/** A finite number in the locale; NaN or ±Infinity (`Intl` would write `NaN`, `∞`) reads as the mark. */
function numberText(value: number, locale: string | undefined, style?: 'percent'): string {
  return Number.isFinite(value) ? numberFormat(locale, style).format(value) : NOT_A_NUMBER;
}

/** Formats a number in the locale (thousands separators); NaN or ±Infinity gives `'—'`. */
export function formatNumber(value: number, options: Pick<FormatOptions, 'locale'> = {}): string {
  return numberText(value, options.locale);
}

/**
 * Formats a percentage given as 0–100 the locale's way ("45%", "45 %" in de-DE, "٤٥٪" in ar-EG),
 * floored: 99.6 of a running migration must not read 100, which says done. Clamped to 0–100 as
 * normalisation clamps progress; NaN or ±Infinity gives `'—'`.
 */
export function formatPercent(value: number, options: Pick<FormatOptions, 'locale'> = {}): string {
  // Clamped only when finite: Infinity is no progress, not 100 %.
  const percent = Number.isFinite(value) ? Math.min(100, Math.max(0, Math.floor(value))) : value;
  return numberText(percent / 100, options.locale, 'percent');
}

/**
 * A human duration with its two largest units: `2 h 5 min`, `3 min 7 s`, `1 d 4 h`.
 * Negative durations (clock skew) read as zero; NaN or ±Infinity gives `'—'`, never a made-up `0 s`.
 */
export function formatDuration(ms: number, units: DurationUnits, options: Pick<FormatOptions, 'locale'> = {}): string {
  if (!Number.isFinite(ms)) return NOT_A_NUMBER;
  const total = Math.max(0, Math.floor(ms / 1000));
  const parts: Array<[number, string]> = [
    [Math.floor(total / 86_400), units.day],
    [Math.floor((total % 86_400) / 3600), units.hour],
    [Math.floor((total % 3600) / 60), units.minute],
    [total % 60, units.second],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first === -1) return `0 ${units.second}`;
  const n = numberFormat(options.locale);
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${n.format(value)} ${unit}`)
    .join(' ');
}

/**
 * Milliseconds a migration ran: end − start when finished, now − start while active, null when the
 * start is missing or a final migration has no end (never a made-up value), as when a date is an
 * Invalid Date or `now` is no finite number.
 */
export function durationMs(start: Date | null, end: Date | null, active: boolean, now: number): number | null {
  if (!start) return null;
  const ms = (end ? end.getTime() : active ? now : Number.NaN) - start.getTime();
  return Number.isFinite(ms) ? Math.max(0, ms) : null;
}
