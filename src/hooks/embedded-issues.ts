import type { IssueLevel, MigrationIssueList } from '../core/types.js';

interface IssuePageRequest {
  pageIndex: number;
  pageSize: number;
  level: IssueLevel | undefined;
}

/**
 * The requested issue page cut from the first page embedded in the details, or null when that
 * page cannot answer it. With `listIssues` available it only answers the unfiltered first page and
 * only when it holds a full page (a shorter one may be the server's own page size, and taking it
 * would leave a gap before page 2). Without `listIssues` it is all there is, so it answers
 * everything, filtering by level on the client.
 */
export function embeddedIssuePage(
  initial: MigrationIssueList | null | undefined,
  { pageIndex, pageSize, level }: IssuePageRequest,
  canPage: boolean,
): MigrationIssueList | null {
  if (!initial) return null;
  const complete = initial.total !== null && initial.items.length >= initial.total;
  if (canPage) {
    const usable = pageIndex === 0 && level === undefined && (initial.items.length >= pageSize || complete);
    return usable ? { items: initial.items.slice(0, pageSize), total: initial.total } : null;
  }
  const matching = level ? initial.items.filter((issue) => issue.level === level) : initial.items;
  const start = pageIndex * pageSize;
  return {
    items: matching.slice(start, start + pageSize),
    total: level ? (complete ? matching.length : null) : initial.total,
  };
}
