// @vitest-environment node
// The default timeout and opting out, with fake timers and a fetch that never settles. Apart from
// fetch-timeout.test.ts on purpose: there, real requests to a local server leave the runtime's own
// connection timers running, and one created while these tests fake the clock counted as ours.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MigrationLogError } from '../../src/core/errors.js';
import { createFetchDataSource, DEFAULT_TIMEOUT_MS } from '../../src/data-sources/fetch/create-fetch-data-source.js';
import { ctx, failure } from '../support/request-failure.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('default and opting out (fake timers, a fetch that never settles)', () => {
  const hanging: typeof fetch = (_url, init) =>
    new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')), {
        once: true,
      });
    });

  it(`waits ${DEFAULT_TIMEOUT_MS} ms by default`, async () => {
    vi.useFakeTimers();
    const source = createFetchDataSource({ baseUrl: 'https://api.example', fetch: hanging });
    let settled: MigrationLogError | undefined;
    void failure(source.get('m1', ctx())).then((error) => {
      settled = error;
    });
    await vi.advanceTimersByTimeAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(settled).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled?.kind).toBe('timeout');
    expect(vi.getTimerCount()).toBe(0);
  });

  it.each([0, Number.POSITIVE_INFINITY])('waits as long as fetch does with timeout: %s', async (timeout) => {
    vi.useFakeTimers();
    const controller = new AbortController();
    const source = createFetchDataSource({ baseUrl: 'https://api.example', fetch: hanging, timeout });
    let settled: unknown;
    const answer = failure(source.get('m1', ctx(controller.signal))).then((error) => {
      settled = error;
    });
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(settled).toBeUndefined();
    controller.abort();
    await answer;
    expect(settled).toMatchObject({ name: 'AbortError' });
  });

  it('clears its timer once the request settles', async () => {
    vi.useFakeTimers();
    const answering: typeof fetch = async () => new Response('{"id":"m1","status":"Completed"}', { status: 200 });
    const source = createFetchDataSource({ baseUrl: 'https://api.example', fetch: answering });
    await source.get('m1', ctx());
    expect(vi.getTimerCount()).toBe(0);
  });
});
