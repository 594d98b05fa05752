// @vitest-environment node
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { errorText, MigrationLogError } from '../../src/core/errors.js';
import { defaultMessages } from '../../src/core/messages.js';
import type { MigrationLogQuery } from '../../src/core/types.js';
import { createFetchDataSource, defaultListUrl } from '../../src/data-sources/index.js';
import { serveForTests } from '../support/http-server.js';

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

const seen: Seen[] = [];
interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}
const deferred = (): Deferred => {
  let resolve = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
};
/** Set by a test before it sends a request to the `hold` scenario. */
let held: { request: Deferred; closed: Deferred } | undefined;

function send(res: ServerResponse, status: number, body: string, type = 'application/json'): ServerResponse {
  res.writeHead(status, { 'content-type': type });
  return res.end(body);
}

/** The first path segment picks how the server misbehaves; the rest is the API under test. */
function handle(req: IncomingMessage, res: ServerResponse): ServerResponse | undefined {
  seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
  const scenario = (req.url ?? '').split('/')[1];
  switch (scenario) {
    case 'ok':
      if (req.method === 'POST') return res.writeHead(204).end();
      if (/\/issues\?/.test(req.url ?? ''))
        return send(res, 200, JSON.stringify({ items: [{ level: 'error', message: 'x' }], total: 1 }));
      if (/\/migrations\?/.test(req.url ?? ''))
        return send(res, 200, JSON.stringify({ items: [{ id: 'm1', status: 'Completed' }], total: 41 }));
      return send(res, 200, JSON.stringify({ id: 'm1', status: 'Completed', objects: [] }));
    case 'json-500':
      return send(res, 500, JSON.stringify({ message: 'The database is down.' }));
    case 'error-string':
      return send(res, 400, JSON.stringify({ error: 'Unknown sort field.' }));
    case 'error-object':
      return send(res, 422, JSON.stringify({ error: { code: 'E1', message: 'Cutover date is in the future.' } }));
    case 'not-found':
      return send(res, 404, 'Migration m9 does not exist.', 'text/plain');
    case 'html-502':
      return send(res, 502, '<html><body><h1>502 Bad Gateway</h1><script>alert(1)</script></body></html>', 'text/html');
    case 'html-as-text':
      return send(res, 500, '<!doctype html><title>Oops</title>', 'text/plain');
    case 'long-text':
      return send(res, 500, `Traceback:\n${'  at frame\n'.repeat(100)}`, 'text/plain');
    case 'not-json':
      return send(res, 200, 'this is not json', 'text/plain');
    case 'spa-fallback':
      return send(res, 200, '<!doctype html><div id="root"></div>', 'text/html');
    case 'wrong-shape':
      return send(res, 200, JSON.stringify({ data: [] }));
    case 'custom':
      return send(res, 200, JSON.stringify({ data: [{ id: 'c1', state: 'RUNNING' }], meta: { count: 7 } }));
    case 'cut':
      // Headers and half a body, then the connection goes: a proxy restarting, a dropped link.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"items": [{"id": "m1", "sta');
      setTimeout(() => res.socket?.destroy(), 10);
      return;
    case 'hold': {
      const hold = held;
      if (!hold) return send(res, 500, JSON.stringify({ message: 'Test set up no hold.' }));
      // The response is never written: only the client going away ends this request.
      res.on('close', () => {
        if (!res.writableEnded) hold.closed.resolve();
      });
      hold.request.resolve();
      return;
    }
    default:
      return send(res, 404, JSON.stringify({ message: 'No such scenario.' }));
  }
}

const origin = serveForTests(handle);

afterEach(() => {
  seen.length = 0;
  vi.unstubAllGlobals();
});

const ctx = () => ({ signal: new AbortController().signal });
const source = (scenario: string, options: Partial<Parameters<typeof createFetchDataSource>[0]> = {}) =>
  createFetchDataSource({ baseUrl: `${origin()}/${scenario}/api`, ...options });
const BASIC: MigrationLogQuery = {
  pageIndex: 0,
  pageSize: 25,
  sort: { field: 'startTime', direction: 'desc' },
  filter: {},
};
const last = () => seen.at(-1) as Seen;

describe('fetch source: requests', () => {
  it('sends every list parameter exactly as documented', async () => {
    const page = await source('ok').list(
      {
        pageIndex: 2,
        pageSize: 50,
        sort: { field: 'cutoverDate', direction: 'asc' },
        filter: {
          statuses: ['error', 'completed-warning'],
          generatedBy: '  Ana García ',
          startedFrom: '2024-01-01T00:00:00.000Z',
          startedTo: '2024-12-31T23:59:59.999Z',
          search: 'a&b=c d/é?',
        },
      },
      ctx(),
    );
    expect(page).toEqual({ items: [{ id: 'm1', status: 'Completed' }], total: 41 });
    expect(last().method).toBe('GET');
    expect(last().url).toBe(
      '/ok/api/migrations?pageIndex=2&pageSize=50&sort=cutoverDate&direction=asc&status=error,completed-warning' +
        '&generatedBy=Ana%20Garc%C3%ADa&startedFrom=2024-01-01T00%3A00%3A00.000Z&startedTo=2024-12-31T23%3A59%3A59.999Z' +
        '&search=a%26b%3Dc%20d%2F%C3%A9%3F',
    );
    const params = new URL(last().url, origin()).searchParams;
    expect(params.get('search')).toBe('a&b=c d/é?');
    expect(params.get('generatedBy')).toBe('Ana García');
    expect(params.get('status')?.split(',')).toEqual(['error', 'completed-warning']);
    expect(last().headers.accept).toBe('application/json');
  });

  it('omits empty filter values', async () => {
    await source('ok').list(
      { ...BASIC, filter: { statuses: [], generatedBy: ' ', search: '', startedFrom: '' } },
      ctx(),
    );
    expect(last().url).toBe('/ok/api/migrations?pageIndex=0&pageSize=25&sort=startTime&direction=desc');
  });

  it('ignores a trailing slash on the base URL', async () => {
    await createFetchDataSource({ baseUrl: `${origin()}/ok/api///` }).get('m1', ctx());
    expect(last().url).toBe('/ok/api/migrations/m1');
  });

  it('URL-encodes ids in details, issues and cancel requests', async () => {
    const api = source('ok');
    const id = 'a/b c?';
    await expect(api.get(id, ctx())).resolves.toMatchObject({ id: 'm1' });
    expect(last()).toMatchObject({ method: 'GET', url: '/ok/api/migrations/a%2Fb%20c%3F' });
    await expect(api.listIssues?.(id, { pageIndex: 1, pageSize: 20, level: 'warning' }, ctx())).resolves.toEqual({
      items: [{ level: 'error', message: 'x' }],
      total: 1,
    });
    expect(last().url).toBe('/ok/api/migrations/a%2Fb%20c%3F/issues?pageIndex=1&pageSize=20&level=warning');
    await api.listIssues?.(id, { pageIndex: 0, pageSize: 10 }, ctx());
    expect(last().url).toBe('/ok/api/migrations/a%2Fb%20c%3F/issues?pageIndex=0&pageSize=10');
    await expect(api.cancel?.(id, ctx())).resolves.toBeUndefined();
    expect(last()).toMatchObject({ method: 'POST', url: '/ok/api/migrations/a%2Fb%20c%3F/cancel' });
  });

  it('applies headers from an object or a (async) function called per request', async () => {
    await source('ok', { headers: { 'X-Tenant': 'acme' } }).get('m1', ctx());
    expect(last().headers['x-tenant']).toBe('acme');
    let token = 0;
    const api = source('ok', {
      headers: async () => ({ Authorization: `Bearer t${++token}`, Accept: 'application/vnd.api+json' }),
    });
    await api.get('m1', ctx());
    await api.list(BASIC, ctx());
    expect(seen.map((s) => s.headers.authorization)).toEqual([undefined, 'Bearer t1', 'Bearer t2']);
    expect(last().headers.accept).toBe('application/vnd.api+json');
  });

  it('uses URL builders and mappers for another API shape, and can leave out cancel', async () => {
    const api = source('custom', {
      buildListUrl: (base, query) => `${defaultListUrl(base, query)}&tenant=acme`,
      mapListResponse: (body) => {
        const { data, meta } = body as { data: Array<{ id: string; state: string }>; meta: { count: number } };
        return { items: data.map((d) => ({ id: d.id, status: d.state })), total: meta.count };
      },
      supportsCancel: false,
    });
    expect(await api.list(BASIC, ctx())).toEqual({ items: [{ id: 'c1', status: 'RUNNING' }], total: 7 });
    expect(last().url).toMatch(/&tenant=acme$/);
    expect(api.cancel).toBeUndefined();
  });

  it('looks fetch up when a request is made, not when the source is created', async () => {
    const api = source('ok');
    const realFetch = globalThis.fetch;
    const spy = vi.fn((input: RequestInfo | URL, init?: RequestInit) => realFetch(input, init));
    vi.stubGlobal('fetch', spy);
    await api.get('m1', ctx());
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('fetch source: errors', () => {
  const failure = async (promise: Promise<unknown> | undefined) => {
    const error = await promise?.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(MigrationLogError);
    return error as MigrationLogError;
  };

  it.each(['', '.', '..'])(
    'never sends the id %j, which a URL would resolve to another endpoint: not found',
    async (id) => {
      const api = source('ok');
      const calls: Array<() => Promise<unknown> | undefined> = [
        () => api.get(id, ctx()),
        () => api.listIssues?.(id, { pageIndex: 0, pageSize: 25 }, ctx()),
        () => api.cancel?.(id, ctx()),
      ];
      for (const call of calls) {
        expect(await failure(Promise.resolve().then(call))).toMatchObject({ kind: 'http', status: 404, detail: null });
      }
      expect(seen).toEqual([]);
    },
  );

  it.each([
    ['json-500', 500, 'The database is down.'],
    ['error-string', 400, 'Unknown sort field.'],
    ['error-object', 422, 'Cutover date is in the future.'],
    ['not-found', 404, 'Migration m9 does not exist.'],
    ['html-502', 502, 'The server answered 502 Bad Gateway.'],
    ['html-as-text', 500, 'The server answered 500 Internal Server Error.'],
    ['long-text', 500, 'The server answered 500 Internal Server Error.'],
    ['nowhere', 404, 'No such scenario.'],
  ])('turns a %s answer into an http error with status %i and the message "%s"', async (scenario, status, message) => {
    const error = await failure(source(scenario).get('m1', ctx()));
    expect(error).toMatchObject({ kind: 'http', status, message });
    // The server's own words are the detail shown to users; the library's generic text is not.
    expect(error.detail).toBe(message.startsWith('The server answered') ? null : message);
  });

  it('reports the status of a failed cancel', async () => {
    expect(await failure(source('error-object').cancel?.('m1', ctx()))).toMatchObject({ kind: 'http', status: 422 });
  });

  it.each([['not-json'], ['spa-fallback'], ['wrong-shape']])(
    'rejects a 2xx %s body as an invalid response',
    async (scenario) => {
      const error = await failure(source(scenario).list(BASIC, ctx()));
      expect(error.kind).toBe('invalid-response');
      expect(error.status).toBeUndefined();
    },
  );

  it('wraps a throwing mapper as an invalid response', async () => {
    const api = source('ok', {
      mapDetailsResponse: () => {
        throw new TypeError('bad shape');
      },
    });
    expect(await failure(api.get('m1', ctx()))).toMatchObject({ kind: 'invalid-response' });
  });

  it('reports a server that cannot be reached as a network error', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await failure(createFetchDataSource({ baseUrl: `http://127.0.0.1:${port}` }).list(BASIC, ctx()));
    expect(error.kind).toBe('network');
    expect(error.message).toMatch(/could not be reached/);
    expect(error.detail).toBeNull();
  });

  it('reports an answer cut off mid-body as a lost connection, not an unreachable server', async () => {
    const error = await failure(source('cut').list(BASIC, ctx()));
    expect(error).toMatchObject({ kind: 'network', detail: null });
    expect(error.message).toMatch(/lost while the answer was being received/);
    expect(errorText(error, defaultMessages)).toBe(
      'The connection to the server failed. Check the connection and try again.',
    );
    expect(errorText(error, defaultMessages)).not.toMatch(/could not be reached/);
  });

  it('aborts the request on the wire and rejects with an AbortError, not a user error', async () => {
    const hold = { request: deferred(), closed: deferred() };
    held = hold;
    const controller = new AbortController();
    const answer = source('hold').list(BASIC, { signal: controller.signal });
    const settled = answer.then(
      () => 'resolved',
      (e: unknown) => e,
    );
    await hold.request.promise;
    controller.abort();
    const error = await settled;
    expect(error).not.toBeInstanceOf(MigrationLogError);
    expect(error).toMatchObject({ name: 'AbortError' });
    // The server saw the client go away while it was still holding the response.
    await hold.closed.promise;
    held = undefined;
  });

  it('rejects with an AbortError for a signal aborted before the call', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(source('ok').get('m1', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});
