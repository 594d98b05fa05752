/**
 * The pieces of the development-only contract checks (contract-check.ts) shared by every answer:
 * how a value is shown in a message, and what is wrong with one migration record's fields.
 */
import {
  isObject,
  MAX_TEXT as MAX_ID,
  toCalendarDate,
  toId,
  toInstant,
  toProgress,
  toText,
} from './normalize-values.js';
import { MIGRATION_STATUSES, parseStatus } from './status.js';

/** A problem: a key naming its kind (told once), and the text for the console. */
export type ContractProblem = readonly [key: string, text: string];

/** A value as it would appear in code, short. */
export function show(value: unknown): string {
  if (value === undefined) return '(missing)';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  return Array.isArray(value) || isObject(value) ? describe(value) : `a ${typeof value}`;
}

/** What a value is, for a wrong shape: `an array of 3`, `an object with data, meta`. */
export function describe(value: unknown): string {
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (!isObject(value)) return value === undefined ? 'undefined' : show(value);
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  return `an object with ${keys.slice(0, 6).join(', ')}${keys.length > 6 ? ', …' : ''}`;
}

export const present = (value: unknown): boolean => value !== undefined && value !== null;

/** The fields of one migration record the view could not use as sent. */
export function recordProblems(record: Record<string, unknown>, where: string, kind: string): ContractProblem[] {
  const problems: ContractProblem[] = [];
  const add = (field: string, problem: string, text: string) =>
    problems.push([`${kind}.${field}:${problem}`, `${where}.${field} ${show(record[field])} ${text}`]);
  if (kind !== 'get' && toId(record.id) === null) {
    if (typeof record.id === 'string' && record.id.length > MAX_ID) {
      add('id', 'long', 'is longer than 10,000 characters: an id is never cut, so the row has no details action.');
    } else add('id', 'none', 'is no id (a non-blank string or a safe integer): the row has no details action.');
  }
  if (parseStatus(toText(record.status) ?? '') === 'unknown') {
    add(
      'status',
      'unknown',
      `is not one of ${MIGRATION_STATUSES.join(', ')} (any case, with - _ or spaces): shown as Unknown.`,
    );
  }
  for (const field of ['startTime', 'endTime']) {
    if (present(record[field]) && toInstant(record[field]) === null) {
      add(field, 'date', 'is not an ISO 8601 instant or epoch milliseconds: shown as —.');
    }
  }
  if (present(record.cutoverDate) && toCalendarDate(record.cutoverDate) === null) {
    add('cutoverDate', 'date', 'is not a calendar date YYYY-MM-DD: shown as —.');
  }
  if (present(record.progress)) {
    const progress = toProgress(record.progress);
    if (progress === null) add('progress', 'number', 'is not a number from 0 to 100: shown as —.');
    else if (progress !== Number(record.progress)) add('progress', 'range', `is outside 0–100: shown as ${progress}%.`);
  }
  if (present(record.generatedBy) && toText(record.generatedBy) === null) {
    add('generatedBy', 'text', 'is not text: shown as —.');
  }
  return problems;
}
