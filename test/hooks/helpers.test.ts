import { MigrationLogError } from '../../src/core/errors.js';
import { normalizeMigrationLogPage } from '../../src/core/normalize.js';
import { DEFAULT_QUERY } from '../../src/core/query.js';
import { dataSourceId, migrationLogKeys } from '../../src/hooks/query-keys.js';
import { resolveRefreshInterval } from '../../src/hooks/refresh-interval.js';
import { isRetryableError } from '../../src/hooks/retry.js';
import { shareDeep } from '../../src/hooks/structural-sharing.js';
import { fakeSource, page, record } from './helpers.js';

describe('query keys', () => {
  it('give each data source object its own stable id', () => {
    const a = fakeSource(async () => page()).source;
    const b = fakeSource(async () => page()).source;
    expect(dataSourceId(a)).toBe(dataSourceId(a));
    expect(dataSourceId(a)).not.toBe(dataSourceId(b));
  });

  it('treat equivalent queries as one and nest issues under details', () => {
    const { source } = fakeSource(async () => page());
    const messy = { ...DEFAULT_QUERY, filter: { search: ' x ', statuses: [], generatedBy: '' } };
    expect(migrationLogKeys.list(source, messy)).toEqual(
      migrationLogKeys.list(source, { ...DEFAULT_QUERY, filter: { search: 'x' } }),
    );
    const details = migrationLogKeys.details(source, 'm1');
    const issues = migrationLogKeys.issues(source, 'm1', { pageIndex: 0, pageSize: 10, level: null });
    expect(issues.slice(0, details.length)).toEqual([...details]);
    expect(migrationLogKeys.list(source, DEFAULT_QUERY).slice(0, 3)).toEqual([...migrationLogKeys.lists(source)]);
  });
});

describe('resolveRefreshInterval', () => {
  it('defaults to 5 s, raises to the 1 s floor and caps overflowing values', () => {
    expect(resolveRefreshInterval(undefined)).toBe(5000);
    expect(resolveRefreshInterval(Number.NaN)).toBe(5000);
    expect(resolveRefreshInterval(0)).toBe(1000);
    expect(resolveRefreshInterval(-5)).toBe(1000);
    expect(resolveRefreshInterval(2500)).toBe(2500);
    expect(resolveRefreshInterval(Number.POSITIVE_INFINITY)).toBe(2_147_483_647);
  });
});

describe('isRetryableError', () => {
  it('never retries client errors or unreadable answers', () => {
    const http = (status: number) => new MigrationLogError('x', { kind: 'http', status });
    expect(isRetryableError(http(404))).toBe(false);
    expect(isRetryableError(http(403))).toBe(false);
    expect(isRetryableError(new MigrationLogError('x', { kind: 'invalid-response' }))).toBe(false);
    expect(isRetryableError(http(503))).toBe(true);
    expect(isRetryableError(new MigrationLogError('x', { kind: 'network' }))).toBe(true);
  });

  it('takes 400 and 499 as client errors, 399 and 500 not, and an http error without a status as retryable', () => {
    const http = (status?: number) => new MigrationLogError('x', { kind: 'http', status });
    expect([400, 499].map((status) => isRetryableError(http(status)))).toEqual([false, false]);
    expect([399, 500].map((status) => isRetryableError(http(status)))).toEqual([true, true]);
    expect(isRetryableError(http())).toBe(true);
  });
});

describe('structural sharing', () => {
  it('compares dates by time', () => {
    const prev = { at: new Date('2024-01-01T00:00:00Z'), list: [1, 2] };
    const same = { at: new Date('2024-01-01T00:00:00Z'), list: [1, 2] };
    expect(shareDeep(prev, same)).toBe(prev);
    const moved = { at: new Date('2024-01-02T00:00:00Z'), list: [1, 2] };
    const shared = shareDeep(prev, moved);
    expect(shared).not.toBe(prev);
    expect(shared.list).toBe(prev.list);
    expect(shared.at).toBe(moved.at);
  });

  it('shares plain objects, null-prototype ones too, and never class instances such as a Map', () => {
    const prev = { plain: Object.assign(Object.create(null), { x: 1 }), map: new Map([[1, 2]]), list: [[1], [2]] };
    const next = { plain: Object.assign(Object.create(null), { x: 1 }), map: new Map([[1, 3]]), list: [[1], [3]] };
    const shared = shareDeep(prev, next);
    expect(shared.plain).toBe(prev.plain);
    expect(shared.map).toBe(next.map);
    expect(shared.list[0]).toBe(prev.list[0]);
    expect(shared.list[1]).toEqual([3]);
  });

  it('reuses unchanged rows by row key and returns the previous page when nothing changed', () => {
    const first = normalizeMigrationLogPage(page(record('a'), record('b', { progress: 1 })));
    const again = normalizeMigrationLogPage(page(record('a'), record('b', { progress: 1 })));
    expect(shareDeep(first, again)).toBe(first);
    const changed = normalizeMigrationLogPage(page(record('b', { progress: 2 }), record('a')));
    const shared = shareDeep(first, changed);
    expect(shared.items[1]).toBe(first.items[0]);
    expect(shared.items[0]).not.toBe(first.items[1]);
    expect(shared.items[0]?.progress).toBe(2);
  });
});
