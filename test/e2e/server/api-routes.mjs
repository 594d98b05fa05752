// `/api/migrations…` over an in-memory data source: the same sorting, filtering and paging the
// library's own demo source does, spoken over HTTP as a host's backend would.
import { readIssueQuery, readListQuery } from './wire-query.mjs';

/** Which endpoint a path names, with the URL-decoded id; null for anything else. */
export function matchApiRoute(pathname) {
  // Split before decoding, so an id holding an encoded "/" stays one segment.
  const parts = pathname.split('/').slice(1);
  if (parts[0] !== 'api' || parts[1] !== 'migrations') return null;
  if (parts.length === 2) return { route: 'list', method: 'GET' };
  let id;
  try {
    id = decodeURIComponent(parts[2] ?? '');
  } catch {
    return null;
  }
  if (id === '') return null;
  if (parts.length === 3) return { route: 'details', method: 'GET', id };
  if (parts.length === 4 && parts[3] === 'issues') return { route: 'issues', method: 'GET', id };
  if (parts.length === 4 && parts[3] === 'cancel') return { route: 'cancel', method: 'POST', id };
  return null;
}

/** Calls the data source for a matched route; resolves to `{ status, body }` (body null: none). */
export async function answerApi(match, params, source) {
  const ctx = { signal: new AbortController().signal };
  try {
    switch (match.route) {
      case 'list': {
        const page = await source.list(readListQuery(params), ctx);
        return { status: 200, body: { items: page.items, total: page.total } };
      }
      case 'details':
        return { status: 200, body: await source.get(match.id, ctx) };
      case 'issues': {
        const query = readIssueQuery(params);
        if (query === null) return { status: 400, body: { message: 'level must be "error" or "warning".' } };
        const page = await source.listIssues(match.id, query, ctx);
        return { status: 200, body: { items: page.items, total: page.total } };
      }
      case 'cancel':
        await source.cancel(match.id, ctx);
        return { status: 204, body: null };
      default:
        return { status: 404, body: { message: 'No such endpoint.' } };
    }
  } catch (error) {
    // The in-memory source throws MigrationLogErrors with HTTP statuses (404, 400, 409).
    const status = typeof error?.status === 'number' ? error.status : 500;
    const message = error instanceof Error ? error.message : 'Internal error.';
    return { status, body: { message } };
  }
}
