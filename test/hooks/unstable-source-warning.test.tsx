import { renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { DEFAULT_QUERY } from '../../src/core/query.js';
import type { MigrationLogDataSource } from '../../src/core/types.js';
import { fakeSource, page, record, testClient, withClient } from './helpers.js';

// The warning is told once per page load: each test imports the hooks afresh (vi.resetModules).
const hooks = async () => ({
  ...(await import('../../src/hooks/useMigrationLogs.js')),
  ...(await import('../../src/hooks/useMigrationLogDetails.js')),
  ...(await import('../../src/hooks/useMigrationLogRange.js')),
  ...(await import('../../src/hooks/useMigrationIssues.js')),
});

const TEXT =
  'migration-log-view: dataSource was a new object on 3 renders within 10 s, so each render starts a new cache entry, a new request and a new subscription. Create it once: at module level, or with useMemo (useMemo(() => createFetchDataSource({ baseUrl }), [baseUrl])). See "Install and embed" in the README.';

const RANGE = { start: 0, end: 10 };

let warn: MockInstance<typeof console.warn>;
const warnings = () => warn.mock.calls.map(([text]) => String(text));
const newSource = () => fakeSource(async () => page(record('m1'))).source;

beforeEach(() => {
  vi.resetModules();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  vi.useRealTimers();
});

/**
 * Renders `use` with `sources[0]`, then re-renders once with each following source; `between`
 * runs (inside waitFor) after each of those re-renders.
 */
async function renderWith<T>(
  use: (dataSource: MigrationLogDataSource) => T,
  sources: MigrationLogDataSource[],
  { between = () => {}, reactStrictMode = false }: { between?: (current: T) => void; reactStrictMode?: boolean } = {},
) {
  const [first, ...rest] = sources;
  if (first === undefined) throw new Error('no source');
  const { result, rerender } = renderHook(({ dataSource }) => use(dataSource), {
    initialProps: { dataSource: first },
    wrapper: withClient(testClient()),
    reactStrictMode,
  });
  for (const dataSource of rest) {
    rerender({ dataSource });
    await waitFor(() => between(result.current));
  }
  return result;
}

describe('a data source that is a new object on every render', () => {
  it('useMigrationLogs warns once, however many renders follow', async () => {
    const { useMigrationLogs } = await hooks();
    const sources = Array.from({ length: 8 }, newSource);
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), sources);
    expect(warnings()).toEqual([TEXT]);
  });

  it('warns when the hook re-renders itself between host renders, as a view does when answers arrive', async () => {
    const { useMigrationLogs } = await hooks();
    const sources = Array.from({ length: 4 }, newSource);
    // Each host render waits for its page: commits with the same object sit between the new ones.
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), sources, {
      between: (current) => {
        expect(current.isFetching).toBe(false);
        expect(current.rows).toHaveLength(1);
      },
    });
    expect(warnings()).toEqual([TEXT]);
  });

  it('useMigrationLogDetails and useMigrationLogRange warn too, once per page between them', async () => {
    const { useMigrationLogDetails, useMigrationLogRange } = await hooks();
    const sources = Array.from({ length: 4 }, newSource);
    await renderWith((dataSource) => useMigrationLogDetails({ dataSource, migrationId: 'm1' }), sources);
    expect(warnings()).toEqual([TEXT]);
    await renderWith((dataSource) => useMigrationLogRange({ dataSource, query: DEFAULT_QUERY, range: RANGE }), sources);
    expect(warnings()).toEqual([TEXT]);
  });

  it('useMigrationLogRange warns on its own', async () => {
    const { useMigrationLogRange } = await hooks();
    const sources = Array.from({ length: 4 }, newSource);
    await renderWith((dataSource) => useMigrationLogRange({ dataSource, query: DEFAULT_QUERY, range: RANGE }), sources);
    expect(warnings()).toEqual([TEXT]);
  });
  it('useMigrationIssues, used without the details hook, warns on its own', async () => {
    const { useMigrationIssues } = await hooks();
    const sources = Array.from({ length: 4 }, () => ({
      ...newSource(),
      listIssues: async () => ({ items: [], total: 0 }),
    }));
    await renderWith(
      (dataSource) => useMigrationIssues({ dataSource, migrationId: 'm1', pageIndex: 0, pageSize: 25 }),
      sources,
    );
    expect(warnings()).toEqual([TEXT]);
  });
});

describe('no warning', () => {
  it('for the same object on every render', async () => {
    const { useMigrationLogs, useMigrationLogDetails } = await hooks();
    const source = newSource();
    const sources = Array.from({ length: 8 }, () => source);
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), sources);
    await renderWith((dataSource) => useMigrationLogDetails({ dataSource, migrationId: 'm1' }), sources);
    expect(warnings()).toEqual([]);
  });

  it('for the same object in StrictMode, whose double renders and effects run the hook twice', async () => {
    const { useMigrationLogs } = await hooks();
    const source = newSource();
    const sources = Array.from({ length: 8 }, () => source);
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), sources, { reactStrictMode: true });
    expect(warnings()).toEqual([]);
  });

  it('for one deliberate switch (another tenant), renders before and after it', async () => {
    const { useMigrationLogs } = await hooks();
    const [a, b] = [newSource(), newSource()];
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), [a, a, a, b, b, b, b]);
    expect(warnings()).toEqual([]);
  });

  it('for switches further apart than 10 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { useMigrationLogs } = await hooks();
    const sources = Array.from({ length: 4 }, newSource);
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), sources, {
      between: () => vi.setSystemTime(Date.now() + 6_000),
    });
    expect(warnings()).toEqual([]);
  });

  it('in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { useMigrationLogs } = await hooks();
    const sources = Array.from({ length: 8 }, newSource);
    await renderWith((dataSource) => useMigrationLogs({ dataSource }), sources);
    expect(warnings()).toEqual([]);
  });
});
