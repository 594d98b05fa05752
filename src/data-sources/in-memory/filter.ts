import { toInstant } from '../../core/normalize-values.js';
import type { MigrationLogFilter, MigrationStatus } from '../../core/types.js';
import type { Row } from './rows.js';

export type RowPredicate = (row: Row) => boolean;

/** A filter reduced to what matching needs; null fields do not narrow. Unparseable dates are ignored. */
export interface CompiledFilter {
  statuses: ReadonlySet<MigrationStatus> | null;
  generatedBy: string | null;
  startedFrom: number | null;
  startedTo: number | null;
  search: string | null;
}

const text = (value: string | undefined): string | null => {
  const trimmed = value?.trim().toLowerCase();
  return trimmed ? trimmed : null;
};

export function compileFilter(filter: MigrationLogFilter): CompiledFilter {
  return {
    statuses: filter.statuses && filter.statuses.length > 0 ? new Set(filter.statuses) : null,
    generatedBy: text(filter.generatedBy),
    startedFrom: toInstant(filter.startedFrom)?.getTime() ?? null,
    startedTo: toInstant(filter.startedTo)?.getTime() ?? null,
    search: text(filter.search),
  };
}

/** A stable string for a compiled filter: equal filters share one cache entry. */
export function filterKey(filter: CompiledFilter): string {
  return JSON.stringify([
    filter.statuses ? [...filter.statuses].sort() : null,
    filter.generatedBy,
    filter.startedFrom,
    filter.startedTo,
    filter.search,
  ]);
}

export function isEmptyFilter(filter: CompiledFilter): boolean {
  return (
    filter.statuses === null &&
    filter.generatedBy === null &&
    filter.startedFrom === null &&
    filter.startedTo === null &&
    filter.search === null
  );
}

/** Server semantics: every set field must match; a date range excludes rows with no start. */
export function rowPredicate(filter: CompiledFilter): RowPredicate {
  const { statuses, generatedBy, startedFrom, startedTo, search } = filter;
  const hasRange = startedFrom !== null || startedTo !== null;
  return (row) => {
    if (statuses !== null && (row.status === 'unknown' || !statuses.has(row.status))) return false;
    if (generatedBy !== null && (row.generatedBy === null || !row.generatedBy.includes(generatedBy))) return false;
    if (hasRange) {
      if (row.startMs === null) return false;
      if (startedFrom !== null && row.startMs < startedFrom) return false;
      if (startedTo !== null && row.startMs > startedTo) return false;
    }
    return search === null || row.searchText.includes(search);
  };
}
