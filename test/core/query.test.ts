import {
  canonicalQuery,
  DEFAULT_PAGE_SIZES,
  DEFAULT_QUERY,
  hasActiveFilter,
  pageCount,
  resolveQuery,
  SORT_FIELDS,
} from '../../src/core/query.js';
import type { MigrationLogQuery } from '../../src/core/types.js';

describe('defaults', () => {
  it('sorts newest start first, 25 rows, no filter', () => {
    expect(DEFAULT_QUERY).toEqual({
      pageIndex: 0,
      pageSize: 25,
      sort: { field: 'startTime', direction: 'desc' },
      filter: {},
    });
  });

  it('cannot be mutated by a consumer', () => {
    expect(Object.isFrozen(DEFAULT_QUERY)).toBe(true);
    expect(Object.isFrozen(DEFAULT_QUERY.sort)).toBe(true);
    expect(Object.isFrozen(DEFAULT_QUERY.filter)).toBe(true);
  });

  it('offers the default page size and every sortable column', () => {
    expect(DEFAULT_PAGE_SIZES).toContain(DEFAULT_QUERY.pageSize);
    expect([...SORT_FIELDS].sort()).toEqual([
      'cutoverDate',
      'endTime',
      'generatedBy',
      'progress',
      'startTime',
      'status',
    ]);
  });
});

describe('resolveQuery', () => {
  it('fills a missing query from the defaults', () => {
    expect(resolveQuery()).toEqual(DEFAULT_QUERY);
    expect(resolveQuery({})).toEqual(DEFAULT_QUERY);
  });

  it('keeps what is given', () => {
    const sort = { field: 'status', direction: 'asc' } as const;
    const filter = { statuses: ['error' as const] };
    expect(resolveQuery({ pageIndex: 3, pageSize: 50, sort, filter })).toEqual({
      pageIndex: 3,
      pageSize: 50,
      sort,
      filter,
    });
  });

  it.each<[Partial<MigrationLogQuery>, number, number]>([
    [{ pageIndex: -3 }, 0, 25],
    [{ pageIndex: 2.7 }, 2, 25],
    [{ pageSize: 0 }, 0, 1],
    [{ pageSize: -10 }, 0, 1],
    [{ pageSize: 10.9 }, 0, 10],
    [{ pageIndex: Number.NaN, pageSize: Number.NaN }, 0, 25],
    [{ pageIndex: Number('abc'), pageSize: Number('') }, 0, 1],
    [{ pageIndex: Number.POSITIVE_INFINITY, pageSize: Number.POSITIVE_INFINITY }, 0, 25],
    [{ pageIndex: Number.NEGATIVE_INFINITY, pageSize: Number.NEGATIVE_INFINITY }, 0, 25],
  ])('clamps %j to page %d, size %d', (partial, pageIndex, pageSize) => {
    const query = resolveQuery(partial);
    expect(query.pageIndex).toBe(pageIndex);
    expect(query.pageSize).toBe(pageSize);
  });
});

describe('hasActiveFilter', () => {
  it.each([{}, { statuses: [] }, { generatedBy: '   ' }, { search: '' }, { startedFrom: '', startedTo: '' }])(
    'is false for %j',
    (filter) => {
      expect(hasActiveFilter(filter)).toBe(false);
    },
  );

  it.each([
    { statuses: ['error' as const] },
    { generatedBy: 'alice' },
    { search: 'mig' },
    { startedFrom: '2024-01-01T00:00:00.000Z' },
    { startedTo: '2024-01-31T23:59:59.999Z' },
  ])('is true for %j', (filter) => {
    expect(hasActiveFilter(filter)).toBe(true);
  });
});

describe('canonicalQuery', () => {
  const sort = { field: 'startTime', direction: 'desc' } as const;

  it('drops empty values, trims text and sorts and dedupes statuses', () => {
    expect(
      canonicalQuery({
        pageIndex: 1,
        pageSize: 10,
        sort,
        filter: {
          statuses: ['error', 'accepted', 'error', 'completed-warning'],
          generatedBy: '  alice ',
          search: '   ',
          startedFrom: '',
          startedTo: '2024-01-31T23:59:59.999Z',
        },
      }),
    ).toEqual({
      pageIndex: 1,
      pageSize: 10,
      sort,
      filter: {
        statuses: ['accepted', 'completed-warning', 'error'],
        generatedBy: 'alice',
        startedTo: '2024-01-31T23:59:59.999Z',
      },
    });
  });

  it('writes one key order, whatever order or extra keys the query came with (its JSON is a cache key)', () => {
    const query = {
      filter: {},
      sort: { extra: 1, direction: 'asc', field: 'status' },
      pageSize: 10,
      pageIndex: 2,
    } as unknown as Parameters<typeof canonicalQuery>[0];
    expect(JSON.stringify(canonicalQuery(query))).toBe(
      '{"pageIndex":2,"pageSize":10,"sort":{"field":"status","direction":"asc"},"filter":{}}',
    );
  });

  it('drops an empty status list', () => {
    expect(canonicalQuery({ ...DEFAULT_QUERY, filter: { statuses: [] } }).filter).toEqual({});
  });

  it('gives equivalent queries the same cache key', () => {
    const a = canonicalQuery({
      pageIndex: 0,
      pageSize: 25,
      sort,
      filter: { statuses: ['completed', 'error'], search: 'x ' },
    });
    const b = canonicalQuery({
      pageIndex: 0,
      pageSize: 25,
      sort: { direction: 'desc', field: 'startTime' },
      filter: { search: ' x', generatedBy: '', statuses: ['error', 'completed'] },
    });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('does not share or mutate the input', () => {
    const statuses: MigrationLogQuery['filter']['statuses'] = ['error', 'accepted'];
    const query: MigrationLogQuery = {
      pageIndex: 0,
      pageSize: 25,
      sort: { field: 'status', direction: 'asc' },
      filter: { statuses },
    };
    const canonical = canonicalQuery(query);
    expect(statuses).toEqual(['error', 'accepted']);
    expect(canonical.sort).not.toBe(query.sort);
    expect(canonical.filter.statuses).not.toBe(statuses);
  });
});

describe('pageCount', () => {
  it.each<[number | null, number, number | null]>([
    [null, 25, null],
    [0, 25, 1],
    [1, 25, 1],
    [25, 25, 1],
    [26, 25, 2],
    [100, 10, 10],
    [101, 10, 11],
  ])('total %j at %d per page → %j pages', (total, size, expected) => {
    expect(pageCount(total, size)).toBe(expected);
  });
});
