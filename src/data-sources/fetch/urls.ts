import { MigrationLogError } from '../../core/errors.js';
import { effectiveFilter } from '../../core/query.js';
import type { IssueQuery, MigrationLogQuery } from '../../core/types.js';

/** `name=value`, the value URL-encoded (names are plain words). */
const param = (name: string, value: string | number): string => `${name}=${encodeURIComponent(value)}`;

/**
 * `{base}/migrations/{id}`. URLs resolve "." and ".." segments however they are encoded, so those
 * two ids, like an empty one, would reach another endpoint (the list, the API root): no migration
 * there can be found.
 */
export function defaultDetailsUrl(base: string, id: string): string {
  if (id === '' || id === '.' || id === '..') {
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
  const params = [
    param('pageIndex', query.pageIndex),
    param('pageSize', query.pageSize),
    param('sort', query.sort.field),
    param('direction', query.sort.direction),
  ];
  const { statuses, ...texts } = effectiveFilter(query.filter);
  // Commas stay literal so the documented `status=a,b` is what goes over the wire.
  if (statuses) params.push(`status=${statuses.map(encodeURIComponent).join(',')}`);
  // generatedBy, startedFrom, startedTo and search, in that order, under their own names.
  for (const [name, value] of Object.entries(texts)) params.push(param(name, value));
  return `${base}/migrations?${params.join('&')}`;
}

export function defaultIssuesUrl(base: string, id: string, query: IssueQuery): string {
  const params = [param('pageIndex', query.pageIndex), param('pageSize', query.pageSize)];
  if (query.level) params.push(param('level', query.level));
  return `${defaultDetailsUrl(base, id)}/issues?${params.join('&')}`;
}

export function defaultCancelUrl(base: string, id: string): string {
  return `${defaultDetailsUrl(base, id)}/cancel`;
}
