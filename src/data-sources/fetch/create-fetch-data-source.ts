import { MigrationLogError } from '../../core/errors.js';
import { MAX_TIMER_MS } from '../../core/max-timer.js';
import type { MigrationLogDataSource } from '../../core/types.js';
import { createAbortError, isAbortError } from '../abort.js';
import { httpError } from './http-errors.js';
import { defaultDetailsMapper, defaultIssuesMapper, defaultListMapper, parseJson, runMapper } from './responses.js';
import type { FetchDataSourceOptions } from './types.js';
import { defaultCancelUrl, defaultDetailsUrl, defaultIssuesUrl, defaultListUrl } from './urls.js';

/** How long a request may take when the host does not say. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * An abort stays an AbortError, so callers can ignore it; every other failure to get a response
 * is a network error with a message fit for the user.
 */
function transportError(error: unknown, signal: AbortSignal, message = 'The server could not be reached.'): unknown {
  if (isAbortError(error)) return error;
  if (signal.aborted) return createAbortError();
  return new MigrationLogError(message, { kind: 'network', cause: error, detail: null });
}

/**
 * A data source for the REST wire format in the README ("The REST wire format"), over `fetch`.
 * Hosts with another API shape pass URL builders and response mappers instead of writing their
 * own source.
 */
export function createFetchDataSource(options: FetchDataSourceOptions): MigrationLogDataSource {
  // Without trailing slashes, so `{base}/migrations` never has a double slash.
  const base = options.baseUrl.replace(/\/+$/, '');

  /** One request, from the headers to the whole body read; the caller's signal aborts it. */
  async function request(method: 'GET' | 'POST', url: string, signal: AbortSignal): Promise<string> {
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
      response = await fetchImpl(url, init);
    } catch (error) {
      throw transportError(error, signal);
    }
    let body: string;
    try {
      body = await response.text();
    } catch (error) {
      if (response.ok || isAbortError(error) || signal.aborted) {
        throw transportError(error, signal, 'The connection was lost while the answer was being received.');
      }
      body = '';
    }
    if (!response.ok) throw httpError(response, body);
    return body;
  }

  /**
   * {@link request} with the timeout: a server that never answers (or never finishes its body)
   * must end in an error the user can act on, not in "Loading…" forever.
   */
  function send(method: 'GET' | 'POST', url: string, signal: AbortSignal): Promise<string> {
    const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    const controller = new AbortController();
    const forward = () => controller.abort();
    if (signal.aborted) forward();
    signal.addEventListener('abort', forward);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<never>((_, reject) => {
      // 0, Infinity or more than a timer can wait: as long as fetch does.
      if (!(timeout > 0 && timeout <= MAX_TIMER_MS)) return;
      timer = setTimeout(() => {
        reject(
          new MigrationLogError(`The server did not answer within ${timeout} ms.`, { kind: 'timeout', detail: null }),
        );
        controller.abort();
      }, timeout);
    });
    return Promise.race([request(method, url, controller.signal), expired]).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', forward);
    });
  }

  /** GETs `url` and maps the parsed JSON with the host's mapper (or the default) and its argument. */
  async function getJson<A, T>(url: string, signal: AbortSignal, map: (body: unknown, arg: A) => T, arg: A) {
    const body = parseJson(await send('GET', url, signal));
    return runMapper(() => map(body, arg));
  }

  const source: MigrationLogDataSource = {
    async list(query, { signal }) {
      const url = (options.buildListUrl ?? defaultListUrl)(base, query);
      return getJson(url, signal, options.mapListResponse ?? defaultListMapper, query);
    },
    async get(id, { signal }) {
      const url = (options.buildDetailsUrl ?? defaultDetailsUrl)(base, id);
      return getJson(url, signal, options.mapDetailsResponse ?? defaultDetailsMapper, id);
    },
    async listIssues(id, query, { signal }) {
      const url = (options.buildIssuesUrl ?? defaultIssuesUrl)(base, id, query);
      return getJson(url, signal, options.mapIssuesResponse ?? defaultIssuesMapper, query);
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
