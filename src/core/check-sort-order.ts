/**
 * Whether a `list()` page comes in the order asked, for `checkDataSource`. Only fields whose order
 * has one meaning are checked: times, cutover dates and progress. Names sort by the server's
 * collation and statuses in the server's own order, so neither is judged; missing values are
 * skipped, since the contract leaves their place to the server.
 */
import { type ContractProblem, show } from './contract-record.js';
import { isObject, toCalendarDate, toInstant, toProgress } from './normalize-values.js';
import type { MigrationLogQuery, MigrationLogSortField } from './types.js';

// No prototype: a host's query sorted by `valueOf` or `__proto__` finds no key here (and is not judged).
const KEYS = {
  __proto__: null,
  startTime: (value) => toInstant(value)?.getTime() ?? null,
  endTime: (value) => toInstant(value)?.getTime() ?? null,
  cutoverDate: toCalendarDate,
  progress: toProgress,
} as Partial<Record<MigrationLogSortField, (value: unknown) => number | string | null>>;

/** The first pair of rows out of the order asked, as a problem; none when in order or not judged. */
export function sortOrderProblems(raw: unknown, { sort }: MigrationLogQuery, call: string): ContractProblem[] {
  const key = KEYS[sort.field];
  if (!key || !isObject(raw) || !Array.isArray(raw.items)) return [];
  let previous: { index: number; value: unknown; key: number | string } | null = null;
  for (const [index, item] of raw.items.entries()) {
    const value = isObject(item) ? item[sort.field] : undefined;
    const current = key(value);
    if (current === null) continue;
    if (previous && (sort.direction === 'desc' ? current > previous.key : current < previous.key)) {
      const order = sort.direction === 'desc' ? 'descending' : 'ascending';
      const text = `${call} items[${index}].${sort.field} ${show(value)} comes after items[${previous.index}].${sort.field} ${show(previous.value)}, out of ${order} order: sort on the server, by the field and direction asked (the view shows rows in the order they come).`;
      return [[`list.sort:${sort.field}`, text]];
    }
    previous = { index, value, key: current };
  }
  return [];
}
