import { createFetchDataSource } from '../../src/data-sources/fetch/create-fetch-data-source.js';

// README.md (Guarantees and limits) tells hosts to add a timeout through the `fetch` option; this is that recipe.
describe('fetch source with a host-made timeout', () => {
  it('reports a request that outlives its timeout as a server that could not be reached', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
      });
    const withTimeout: typeof fetch = (url, init) =>
      hanging(url, {
        ...init,
        signal: AbortSignal.any([init?.signal ?? new AbortController().signal, AbortSignal.timeout(20)]),
      });
    const source = createFetchDataSource({ baseUrl: 'https://api.example/', fetch: withTimeout });
    const error = await source.get('m1', { signal: new AbortController().signal }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'network', message: expect.stringMatching(/could not be reached/) });
  });
});
