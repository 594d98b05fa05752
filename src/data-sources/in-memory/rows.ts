import { defaultMessages } from '../../core/messages.js';
import { toCalendarDate, toInstant, toProgress, toText } from '../../core/normalize-values.js';
import { parseStatus } from '../../core/status.js';
import type { MigrationLogDetailsRecord, MigrationLogRecord, MigrationStatusOrUnknown } from '../../core/types.js';

// What servers send (`toISOString`): read from its parts, about twice as fast as toInstant, which
// builds two Dates per value; 100,000 of them are parsed for the first sort by a time.
const CANONICAL_UTC = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d{1,3}))?Z$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);

/** Epoch ms of an instant, exactly as `toInstant` reads it. */
export function instantMs(value: unknown): number | null {
  const parts = typeof value === 'string' ? CANONICAL_UTC.exec(value) : null;
  if (parts) {
    const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0] = parts.slice(1, 7).map(Number);
    // Years below 1000 (Date.UTC reads 0–99 as 1900–1999) and impossible days or times go the long way.
    if (year >= 1000 && day >= 1 && day <= daysIn(year, month) && hour < 24 && minute < 60 && second < 60) {
      return Date.UTC(year, month - 1, day, hour, minute, second, Number((parts[7] ?? '').padEnd(3, '0')));
    }
  }
  return toInstant(value)?.getTime() ?? null;
}

/**
 * One stored migration with its sort and filter keys, each parsed once on first use and then
 * kept: comparing 100,000 rows must not parse a date per comparison, and a source that is only
 * ever sorted by start time should not pay for parsing every other field.
 */
export class Row {
  readonly record: MigrationLogDetailsRecord;
  readonly status: MigrationStatusOrUnknown;
  #startMs: number | null | undefined;
  #endMs: number | null | undefined;
  #progress: number | null | undefined;
  #cutoverDate: string | null | undefined;
  #generatedBy: string | null | undefined;
  #searchText: string | undefined;

  /** The store takes ownership of `record` and never mutates it. */
  constructor(record: MigrationLogDetailsRecord) {
    this.record = record;
    this.status = parseStatus(record.status);
  }

  get startMs(): number | null {
    if (this.#startMs === undefined) this.#startMs = instantMs(this.record.startTime);
    return this.#startMs;
  }

  get endMs(): number | null {
    if (this.#endMs === undefined) this.#endMs = instantMs(this.record.endTime);
    return this.#endMs;
  }

  get progress(): number | null {
    if (this.#progress === undefined) this.#progress = toProgress(this.record.progress);
    return this.#progress;
  }

  get cutoverDate(): string | null {
    if (this.#cutoverDate === undefined) this.#cutoverDate = toCalendarDate(this.record.cutoverDate);
    return this.#cutoverDate;
  }

  /** Lower-cased, for case-insensitive sorting and matching. */
  get generatedBy(): string | null {
    if (this.#generatedBy === undefined) this.#generatedBy = toText(this.record.generatedBy)?.toLowerCase() ?? null;
    return this.#generatedBy;
  }

  /** Lower-cased id, user, status label and raw status, separated so no match spans two fields. */
  get searchText(): string {
    if (this.#searchText === undefined) {
      const raw = typeof this.record.status === 'string' ? this.record.status : '';
      const parts = [String(this.record.id), this.generatedBy ?? '', defaultMessages.statusLabels[this.status], raw];
      this.#searchText = parts.join('\u0000').toLowerCase();
    }
    return this.#searchText;
  }
}

/** A deep copy of JSON-like data: store and callers never share a mutable object. */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (typeof value === 'object' && value !== null) {
    // fromEntries defines keys: assigning a `__proto__` key (a parameter's name, from JSON) would
    // set the copy's prototype instead, and the parameter would be gone.
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, cloneJson(item)])) as T;
  }
  return value;
}

/** The list fields only, as a fresh object. */
export function toListRecord(record: MigrationLogDetailsRecord): MigrationLogRecord {
  return {
    id: record.id,
    status: record.status,
    startTime: record.startTime ?? null,
    endTime: record.endTime ?? null,
    generatedBy: record.generatedBy ?? null,
    cutoverDate: record.cutoverDate ?? null,
    progress: record.progress ?? null,
  };
}
