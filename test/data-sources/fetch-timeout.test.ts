// @vitest-environment node
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { errorText, MigrationLogError } from '../../src/core/errors.js';
import { defaultMessages } from '../../src/core/messages.js';
import { germanMessages } from '../../src/core/messages-de.js';
import { createFetchDataSource } from '../../src/data-sources/fetch/create-fetch-data-source.js';
import { isRetryableError } from '../../src/hooks/retry.js';
import { serveForTests } from '../support/http-server.js';
import { ctx, failure } from '../support/request-failure.js';

/** Answers the server has started and not finished, until the connection carrying them closes. */
const unfinished = new Set<ServerResponse>();
let onSettled: () => void = () => {};

/**
 * Resolves once no answer is left open on the server: the client hung up on every request it gave
 * up on. A request that never reached the server (a very slow machine) left nothing open either.
 */
function hungUp(): Promise<void> {
  return new Promise((resolve) => {
    onSettled = () => {
      if (unfinished.size === 0) resolve();
    };
    onSettled();
  });
}

/** `never` answers nothing; `trickle` sends headers and half a body, then nothing; `quick` answers. */
function handle(req: IncomingMessage, res: ServerResponse): void {
  unfinished.add(res);
  res.on('close', () => {
    unfinished.delete(res);
    onSettled();
  });
  const scenario = (req.url ?? '').split('/')[1];
  if (scenario === 'quick') {
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'm1', status: 'Completed' }));
  } else if (scenario === 'trickle') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{"items": [');
  }
}

const origin = serveForTests(handle);

describe('fetch source: timeout', () => {
  it('fails a server that never answers with a timeout error, and hangs up on it', async () => {
    const source = createFetchDataSource({ baseUrl: `${origin()}/never`, timeout: 50 });
    const error = await failure(source.get('m1', ctx()));
    expect(error).toBeInstanceOf(MigrationLogError);
    expect(error).toMatchObject({ kind: 'timeout', detail: null, message: expect.stringContaining('50 ms') });
    await hungUp(); // the request was aborted on the wire, not left open
  });

  it('times out an answer whose body never finishes', async () => {
    const source = createFetchDataSource({ baseUrl: `${origin()}/trickle`, timeout: 80 });
    const error = await failure(
      source.list({ pageIndex: 0, pageSize: 25, sort: { field: 'startTime', direction: 'desc' }, filter: {} }, ctx()),
    );
    expect(error.kind).toBe('timeout');
    await hungUp();
  });

  it('counts a headers function that never resolves against the timeout', async () => {
    const source = createFetchDataSource({
      baseUrl: `${origin()}/quick`,
      timeout: 30,
      headers: () => new Promise(() => {}),
    });
    expect((await failure(source.get('m1', ctx()))).kind).toBe('timeout');
  });

  it('leaves an answer in time alone', async () => {
    const source = createFetchDataSource({ baseUrl: `${origin()}/quick`, timeout: 5000 });
    await expect(source.get('m1', ctx())).resolves.toMatchObject({ id: 'm1' });
  });

  it("rejects with the caller's AbortError, not a timeout, when the caller aborts first", async () => {
    const controller = new AbortController();
    const source = createFetchDataSource({ baseUrl: `${origin()}/never`, timeout: 5000 });
    const answer = failure(source.get('m1', ctx(controller.signal)));
    setTimeout(() => controller.abort(), 20);
    const error = await answer;
    expect(error).not.toBeInstanceOf(MigrationLogError);
    expect(error).toMatchObject({ name: 'AbortError' });
    await hungUp();
  });

  it('rejects at once with an AbortError for a signal aborted before the call', async () => {
    const controller = new AbortController();
    controller.abort();
    const source = createFetchDataSource({ baseUrl: `${origin()}/never`, timeout: 5000 });
    expect(await failure(source.get('m1', ctx(controller.signal)))).toMatchObject({ name: 'AbortError' });
  });
});

describe('a timeout on screen', () => {
  const timeout = new MigrationLogError('The server did not answer within 50 ms.', { kind: 'timeout', detail: null });

  it('reads as the messages entry for a timeout, in the messages language', () => {
    expect(errorText(timeout, defaultMessages)).toBe('The server did not answer in time. Try again later.');
    expect(errorText(timeout, germanMessages)).toBe(germanMessages.errorTimeout);
  });

  it('is not retried: the user has waited the whole timeout already', () => {
    expect(isRetryableError(timeout)).toBe(false);
  });
});
