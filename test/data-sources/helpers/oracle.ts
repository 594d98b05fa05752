/**
 * A deliberately naive reference implementation of the in-memory source's query semantics,
 * written without its caches, precomputed keys or typed arrays, to check it against.
 */
import { defaultMessages } from '../../../src/core/messages.js';
import { toCalendarDate, toInstant, toProgress } from '../../../src/core/normalize-values.js';
import { parseStatus, statusRank } from '../../../src/core/status.js';
import type { MigrationLogQuery, MigrationLogRecord, MigrationLogSortField } from '../../../src/core/types.js';

function sortValue(record: MigrationLogRecord, field: MigrationLogSortField): number | string | null {
  switch (field) {
    case 'startTime':
      return toInstant(record.startTime)?.getTime() ?? null;
    case 'endTime':
      return toInstant(record.endTime)?.getTime() ?? null;
    case 'generatedBy': {
      const text = typeof record.generatedBy === 'string' ? record.generatedBy.trim() : '';
      return text === '' ? null : text.toLowerCase();
    }
    case 'cutoverDate':
      return toCalendarDate(record.cutoverDate);
    case 'progress':
      return toProgress(record.progress);
    case 'status': {
      const status = parseStatus(record.status);
      return status === 'unknown' ? null : statusRank(status);
    }
  }
}

function matches(record: MigrationLogRecord, query: MigrationLogQuery): boolean {
  const { statuses, generatedBy, startedFrom, startedTo, search } = query.filter;
  const status = parseStatus(record.status);
  if (statuses && statuses.length > 0 && !statuses.some((s) => s === status)) return false;
  const user = typeof record.generatedBy === 'string' ? record.generatedBy.trim().toLowerCase() : '';
  const wantedUser = generatedBy?.trim().toLowerCase();
  if (wantedUser && !(user !== '' && user.includes(wantedUser))) return false;
  const from = toInstant(startedFrom)?.getTime();
  const to = toInstant(startedTo)?.getTime();
  if (from !== undefined || to !== undefined) {
    const start = toInstant(record.startTime)?.getTime();
    if (start === undefined) return false;
    if (from !== undefined && start < from) return false;
    if (to !== undefined && start > to) return false;
  }
  const needle = search?.trim().toLowerCase();
  if (needle) {
    const haystacks = [record.id, user, defaultMessages.statusLabels[status], record.status].map((s) =>
      String(s).toLowerCase(),
    );
    if (!haystacks.some((h) => h.includes(needle))) return false;
  }
  return true;
}

/** All matching records in the expected order (ignores paging). */
export function oracleOrder<T extends MigrationLogRecord>(records: readonly T[], query: MigrationLogQuery): T[] {
  const keyed = records
    .filter((record) => matches(record, query))
    .map((record) => ({ record, key: sortValue(record, query.sort.field) }));
  keyed.sort((a, b) => {
    const x = a.key;
    const y = b.key;
    if (x === null && y !== null) return 1;
    if (y === null && x !== null) return -1;
    if (x !== null && y !== null && x !== y) {
      const ascending = x < y ? -1 : 1;
      return query.sort.direction === 'asc' ? ascending : -ascending;
    }
    if (a.record.id === b.record.id) return 0;
    return a.record.id < b.record.id ? -1 : 1;
  });
  return keyed.map((entry) => entry.record);
}

/** One page as the source should answer it. */
export function oraclePage(records: readonly MigrationLogRecord[], query: MigrationLogQuery) {
  const all = oracleOrder(records, query);
  const start = query.pageIndex * query.pageSize;
  return {
    ids: all.slice(start, start + query.pageSize).map((r) => r.id),
    total: all.length,
    hasNextPage: start + query.pageSize < all.length,
  };
}
