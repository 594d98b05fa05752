import { MigrationLogError } from '../../core/errors.js';
import type { IssueQuery, MigrationLogQuery } from '../../core/types.js';

/** The base URL without trailing slashes, so `{base}/migrations` never has a double slash. */
export function trimBaseUrl(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

type Param = [name: string, encodedValue: string];

const param = (name: string, value: string): Param => [name, encodeURIComponent(value)];

function queryString(params: Param[]): string {
  return params.map(([name, value]) => `${encodeURIComponent(name)}=${value}`).join('&');
}

/**
 * `{base}/migrations/{id}`. URLs resolve "." and ".." segments however they are encoded, so those
 * two ids would reach another endpoint (the list, the API root): no migration there can be found.
 */
function migrationUrl(base: string, id: string): string {
  if (id === '.' || id === '..') {
    throw new MigrationLogError(`The migration id "${id}" cannot be part of a URL path.`, {
      kind: 'http',
      status: 404,
      detail: null,
    });
  }
  return `${base}/migrations/${encodeURIComponent(id)}`;
}

/** `GET {base}/migrations?…`: paging and sort always, filters only when set. */
export function defaultListUrl(base: string, query: MigrationLogQuery): string {
  const params: Param[] = [
    param('pageIndex', String(query.pageIndex)),
    param('pageSize', String(query.pageSize)),
    param('sort', query.sort.field),
    param('direction', query.sort.direction),
  ];
  const { statuses, generatedBy, startedFrom, startedTo, search } = query.filter ?? {};
  // Commas stay literal so the documented `status=a,b` is what goes over the wire.
  if (statuses && statuses.length > 0)
    params.push(['status', [...new Set(statuses)].map(encodeURIComponent).join(',')]);
  if (generatedBy?.trim()) params.push(param('generatedBy', generatedBy.trim()));
  if (startedFrom) params.push(param('startedFrom', startedFrom));
  if (startedTo) params.push(param('startedTo', startedTo));
  if (search?.trim()) params.push(param('search', search.trim()));
  return `${base}/migrations?${queryString(params)}`;
}

export function defaultDetailsUrl(base: string, id: string): string {
  return migrationUrl(base, id);
}

export function defaultIssuesUrl(base: string, id: string, query: IssueQuery): string {
  const params = [param('pageIndex', String(query.pageIndex)), param('pageSize', String(query.pageSize))];
  if (query.level) params.push(param('level', query.level));
  return `${migrationUrl(base, id)}/issues?${queryString(params)}`;
}

export function defaultCancelUrl(base: string, id: string): string {
  return `${migrationUrl(base, id)}/cancel`;
}
