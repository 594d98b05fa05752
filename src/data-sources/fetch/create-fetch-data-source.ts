import { MigrationLogError } from '../../core/errors.js';
import type { MigrationLogDataSource } from '../../core/types.js';
import { createAbortError, isAbortError } from '../abort.js';
import { httpError } from './http-errors.js';
import { defaultDetailsMapper, defaultIssuesMapper, defaultListMapper, parseJson, runMapper } from './responses.js';
import type { FetchDataSourceOptions } from './types.js';
import { defaultCancelUrl, defaultDetailsUrl, defaultIssuesUrl, defaultListUrl, trimBaseUrl } from './urls.js';

/**
 * An abort stays an AbortError, so callers can ignore it; every other failure to get a response
 * is a network error with a message fit for the user.
 */
function transportError(error: unknown, signal: AbortSignal): unknown {
  if (isAbortError(error)) return error;
  if (signal.aborted) return createAbortError();
  return new MigrationLogError('The server could not be reached. Check the connection and try again.', {
    kind: 'network',
    cause: error,
    detail: null,
  });
}

/**
 * A data source for the REST wire format of DESIGN.md §5, over `fetch`. Hosts with another API
 * shape pass URL builders and response mappers instead of writing their own source.
 */
export function createFetchDataSource(options: FetchDataSourceOptions): MigrationLogDataSource {
  const base = trimBaseUrl(options.baseUrl);

  async function send(method: 'GET' | 'POST', url: string, signal: AbortSignal): Promise<string> {
    // Looked up per call, not at import: server rendering and late polyfills both work.
    const fetchImpl = options.fetch ?? globalThis.fetch;
    if (typeof fetchImpl !== 'function') {
      throw new MigrationLogError('No fetch is available here; pass `fetch` to createFetchDataSource.', {
        kind: 'unknown',
      });
    }
    const extra = typeof options.headers === 'function' ? await options.headers() : options.headers;
    const headers = new Headers(extra);
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    const init: RequestInit = { method, headers, signal };
    if (options.credentials) init.credentials = options.credentials;
    let response: Response;
    try {
      // Called unbound: a browser's fetch throws "Illegal invocation" when called as a method.
      response = await fetchImpl(url, init);
    } catch (error) {
      throw transportError(error, signal);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      // A status already arrived: an unreadable error body still leaves an HTTP error to report.
      if (response.ok || isAbortError(error) || signal.aborted) throw transportError(error, signal);
      body = '';
    }
    if (!response.ok) throw httpError(response, body);
    return body;
  }

  const getJson = async (url: string, signal: AbortSignal): Promise<unknown> =>
    parseJson(await send('GET', url, signal));

  const source: MigrationLogDataSource = {
    async list(query, { signal }) {
      const body = await getJson((options.buildListUrl ?? defaultListUrl)(base, query), signal);
      return runMapper(() => (options.mapListResponse ?? defaultListMapper)(body, query));
    },
    async get(id, { signal }) {
      const body = await getJson((options.buildDetailsUrl ?? defaultDetailsUrl)(base, id), signal);
      return runMapper(() => (options.mapDetailsResponse ?? defaultDetailsMapper)(body, id));
    },
    async listIssues(id, query, { signal }) {
      const body = await getJson((options.buildIssuesUrl ?? defaultIssuesUrl)(base, id, query), signal);
      return runMapper(() => (options.mapIssuesResponse ?? defaultIssuesMapper)(body, query));
    },
  };
  if (options.supportsCancel !== false) {
    source.cancel = async (id, { signal }) => {
      // The answer's body, if any, carries nothing the view needs.
      await send('POST', (options.buildCancelUrl ?? defaultCancelUrl)(base, id), signal);
    };
  }
  return source;
}
