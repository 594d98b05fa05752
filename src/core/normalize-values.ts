/** Small, total converters from untrusted wire values to safe display values. None of them throws. */

const MAX_TEXT = 10_000;

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed, length-capped string, or null for anything that is not a non-empty string or number. */
export function toText(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (text === '') return null;
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** A valid Date from an ISO string or epoch milliseconds, else null. */
export function toInstant(value: unknown): Date | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  const date = new Date(value);
  const time = date.getTime();
  // Guard against absurd years that Intl cannot format consistently.
  if (!Number.isFinite(time) || Math.abs(time) > 8.64e15) return null;
  return date;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** A real calendar date `YYYY-MM-DD` (a leading date part of an ISO string is accepted), else null. */
export function toCalendarDate(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = CALENDAR_DATE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${y}-${m}-${d}`;
}

/** Progress clamped to 0–100, or null when missing or not a finite number. */
export function toProgress(value: unknown): number | null {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) return null;
  return Math.min(100, Math.max(0, number));
}

/** A non-negative whole count, or null. */
export function toCount(value: unknown): number | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  return Math.floor(value);
}

/** An http(s) URL, or null: other schemes (javascript:, data:) never reach an href. */
export function toSafeUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim(), 'https://invalid.example');
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return value.trim();
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
    const json = JSON.stringify(value);
    return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT)}…` : json;
  } catch {
    return String(value);
  }
}
