import { DEFAULT_QUERY, resolveQuery, SORT_FIELDS } from './query.js';
import { MIGRATION_STATUSES } from './status.js';
import type { MigrationLogFilter, MigrationLogQuery, MigrationLogSortField, MigrationStatus } from './types.js';

/**
 * Query and selection as URL search parameters, so a host can keep the view in its router.
 * Only values that differ from the defaults are written; anything unreadable is ignored on read.
 */
export interface MigrationLogUrlState {
  /** The list query; read with the defaults filled in (`DEFAULT_QUERY`). */
  query: MigrationLogQuery;
  /** The migration whose details are open, or null. */
  selectedId: string | null;
}

const KEYS = {
  page: 'page',
  size: 'size',
  sort: 'sort',
  status: 'status',
  by: 'by',
  from: 'from',
  to: 'to',
  q: 'q',
  migration: 'migration',
} as const;

/**
 * The host's `params` with the state written in: a new object (router state is not changed in
 * place). The view owns `page` (1-based), `size`, `sort` (`-field` for descending), `status`, `by`,
 * `from`, `to`, `q` and `migration`, and replaces them; every other parameter is kept.
 */
export function writeMigrationLogUrlState(
  state: MigrationLogUrlState,
  hostParams?: URLSearchParams | string,
): URLSearchParams {
  const params = new URLSearchParams(hostParams);
  for (const key of Object.values(KEYS)) params.delete(key);
  const { query, selectedId } = state;
  if (query.pageIndex !== DEFAULT_QUERY.pageIndex) params.set(KEYS.page, String(query.pageIndex + 1));
  if (query.pageSize !== DEFAULT_QUERY.pageSize) params.set(KEYS.size, String(query.pageSize));
  const { field, direction } = query.sort;
  if (field !== DEFAULT_QUERY.sort.field || direction !== DEFAULT_QUERY.sort.direction) {
    params.set(KEYS.sort, `${direction === 'desc' ? '-' : ''}${field}`);
  }
  const { statuses, generatedBy, startedFrom, startedTo, search } = query.filter;
  if (statuses && statuses.length > 0) params.set(KEYS.status, statuses.join(','));
  if (generatedBy) params.set(KEYS.by, generatedBy);
  if (startedFrom) params.set(KEYS.from, startedFrom);
  if (startedTo) params.set(KEYS.to, startedTo);
  if (search) params.set(KEYS.q, search);
  if (selectedId) params.set(KEYS.migration, selectedId);
  return params;
}

function readSort(value: string | null): MigrationLogQuery['sort'] {
  if (!value) return DEFAULT_QUERY.sort;
  const direction = value.startsWith('-') ? 'desc' : 'asc';
  const field = value.replace(/^[-+]/, '');
  return (SORT_FIELDS as readonly string[]).includes(field)
    ? { field: field as MigrationLogSortField, direction }
    : DEFAULT_QUERY.sort;
}

function readInstant(value: string | null): string | undefined {
  return value && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** Reads the state from URL search parameters; never throws, unknown values fall back to defaults. */
export function readMigrationLogUrlState(params: URLSearchParams): MigrationLogUrlState {
  const filter: MigrationLogFilter = {};
  const statuses = (params.get(KEYS.status) ?? '')
    .split(',')
    .filter((s): s is MigrationStatus => (MIGRATION_STATUSES as readonly string[]).includes(s));
  if (statuses.length > 0) filter.statuses = statuses;
  const by = params.get(KEYS.by);
  if (by) filter.generatedBy = by;
  const from = readInstant(params.get(KEYS.from));
  if (from) filter.startedFrom = from;
  const to = readInstant(params.get(KEYS.to));
  if (to) filter.startedTo = to;
  const q = params.get(KEYS.q);
  if (q) filter.search = q;
  const page = Number(params.get(KEYS.page) ?? '1');
  const size = Number(params.get(KEYS.size) ?? DEFAULT_QUERY.pageSize);
  return {
    query: resolveQuery({ pageIndex: page - 1, pageSize: size, sort: readSort(params.get(KEYS.sort)), filter }),
    selectedId: params.get(KEYS.migration) || null,
  };
}
