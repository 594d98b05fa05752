import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIGRATION_STATUSES } from '../../src/core/status.js';
import type { MigrationLogFilter, MigrationLogQuery, MigrationLogSortField } from '../../src/core/types.js';
import { createInMemoryDataSource } from '../../src/data-sources/index.js';
import { PROPERTY_OPTIONS, PROPERTY_RUNS } from '../support/property.js';
import { messyRecords, signal } from './helpers/fixtures.js';
import { oracleOrder, oraclePage } from './helpers/oracle.js';

const FIELDS: MigrationLogSortField[] = ['startTime', 'endTime', 'generatedBy', 'cutoverDate', 'progress', 'status'];
const records = messyRecords(3000);
const query = (sort: MigrationLogQuery['sort'], filter: MigrationLogFilter = {}, pageIndex = 0, pageSize = 25) => ({
  pageIndex,
  pageSize,
  sort,
  filter,
});

describe('in-memory source: sorting, filtering and paging like a server', () => {
  const source = createInMemoryDataSource(records);

  it.each(FIELDS.flatMap((field) => (['asc', 'desc'] as const).map((direction) => ({ field, direction }))))(
    'sorts by $field $direction with missing values last and ties by id',
    async (sort) => {
      const all = oracleOrder(records, query(sort));
      for (const pageIndex of [0, 1, 17, Math.floor(all.length / 50) - 1, Math.floor(all.length / 50)]) {
        const page = await source.list(query(sort, {}, pageIndex, 50), { signal: signal() });
        expect(page.items.map((item) => item.id)).toEqual(oraclePage(records, query(sort, {}, pageIndex, 50)).ids);
        expect(page.total).toBe(records.length);
      }
    },
  );

  it('puts missing and unknown values last in both directions', async () => {
    for (const direction of ['asc', 'desc'] as const) {
      const page = await source.list(query({ field: 'status', direction }, {}, 0, 3000), { signal: signal() });
      const last = page.items.slice(-20).map((item) => item.status);
      expect(last.every((status) => status === 'PAUSED')).toBe(true);
      const byProgress = await source.list(query({ field: 'progress', direction }, {}, 0, 3000), { signal: signal() });
      expect(byProgress.items.at(-1)?.progress).toBeNull();
    }
  });

  it.each<[string, MigrationLogFilter]>([
    ['one status', { statuses: ['error'] }],
    ['active statuses (alternative spellings count)', { statuses: ['accepted', 'in-progress'] }],
    ['completed-warning in any spelling', { statuses: ['completed-warning'] }],
    ['generatedBy, case-insensitive substring', { generatedBy: 'GARCÍA' }],
    ['generatedBy matching emails', { generatedBy: '@acme.example' }],
    ['startedFrom only', { startedFrom: '2024-06-01T00:00:00.000Z' }],
    ['startedTo only', { startedTo: '2024-03-01T10:00:00.000Z' }],
    [
      'a closed range, bounds inclusive',
      { startedFrom: '2024-03-01T10:00:00.000Z', startedTo: '2024-03-01T10:00:00Z' },
    ],
    ['search over status labels', { search: 'in prog' }],
    ['search over raw status', { search: 'pAuSeD' }],
    ['search over ids', { search: records[100]?.id.slice(4, 12) ?? '' }],
    ['search over users', { search: ' tanaka ' }],
    [
      'everything together',
      { statuses: ['completed', 'error'], generatedBy: 'a', startedFrom: '2024-01-01T00:00:00Z', search: 'e' },
    ],
    ['nothing matching', { search: 'no such migration anywhere' }],
    ['blank values not narrowing', { statuses: [], generatedBy: '  ', search: '' }],
  ])('filters by %s', async (_, filter) => {
    for (const sort of [
      { field: 'startTime', direction: 'desc' },
      { field: 'generatedBy', direction: 'asc' },
    ] as const) {
      const page = await source.list(query(sort, filter, 0, 40), { signal: signal() });
      const expected = oraclePage(records, query(sort, filter, 0, 40));
      expect(page.items.map((item) => item.id)).toEqual(expected.ids);
      expect(page.total).toBe(expected.total);
      expect(page.hasNextPage).toBe(expected.hasNextPage);
    }
  });

  it('agrees with the oracle on random query combinations', async () => {
    const filterArb = fc.record(
      {
        statuses: fc.subarray([...MIGRATION_STATUSES]),
        generatedBy: fc.constantFrom('', 'an', 'O’', 'example', 'Müller', 'bot'),
        startedFrom: fc.constantFrom('2023-09-01T00:00:00Z', '2024-03-01T10:00:00.000Z', 'garbage'),
        startedTo: fc.constantFrom('2025-01-01T00:00:00Z', '2024-03-01T10:00:00.000Z'),
        search: fc.constantFrom('', 'a', 'error', 'COMPLETED', '4', 'paused', 'x'),
      },
      { requiredKeys: [] },
    );
    const queryArb = fc.record({
      pageIndex: fc.integer({ min: 0, max: 30 }),
      pageSize: fc.integer({ min: 1, max: 120 }),
      sort: fc.record({
        field: fc.constantFrom(...FIELDS),
        direction: fc.constantFrom('asc' as const, 'desc' as const),
      }),
      filter: filterArb,
    });
    await fc.assert(
      fc.asyncProperty(queryArb, async (q) => {
        const page = await source.list(q, { signal: signal() });
        const expected = oraclePage(records, q);
        expect(page.items.map((item) => item.id)).toEqual(expected.ids);
        expect(page.total).toBe(expected.total);
        expect(page.hasNextPage).toBe(expected.hasNextPage);
      }),
      { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_RUNS, 150) },
    );
  });

  it.each(FIELDS)('pages by %s are stable: all pages together are the full order, no duplicates', async (field) => {
    const filter = { statuses: ['completed', 'error', 'completed-warning'] } satisfies MigrationLogFilter;
    const sort = { field, direction: 'desc' } as const;
    const ids: string[] = [];
    let pageIndex = 0;
    for (;;) {
      const page = await source.list(query(sort, filter, pageIndex++, 37), { signal: signal() });
      ids.push(...page.items.map((item) => item.id));
      if (!page.hasNextPage) break;
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(oracleOrder(records, query(sort, filter)).map((r) => r.id));
  });

  it('answers an empty page past the end, and treats garbage paging like a server would', async () => {
    const sort = { field: 'startTime', direction: 'desc' } as const;
    const past = await source.list(query(sort, {}, 1000, 25), { signal: signal() });
    expect(past).toEqual({ items: [], total: records.length, hasNextPage: false });
    const weird = await source.list(query(sort, {}, -3, 2.7), { signal: signal() });
    expect(weird.items.map((i) => i.id)).toEqual(oraclePage(records, query(sort, {}, 0, 2)).ids);
  });

  it('rejects an unknown sort field with a 400', async () => {
    const bad = { field: 'colour', direction: 'asc' } as unknown as MigrationLogQuery['sort'];
    await expect(source.list(query(bad), { signal: signal() })).rejects.toMatchObject({ kind: 'http', status: 400 });
  });

  it('returns only the list fields, as fresh copies the caller cannot use to change the store', async () => {
    const sort = { field: 'startTime', direction: 'desc' } as const;
    const first = await source.list(query(sort, {}, 0, 5), { signal: signal() });
    expect(Object.keys(first.items[0] ?? {}).sort()).toEqual(
      ['cutoverDate', 'endTime', 'generatedBy', 'id', 'progress', 'startTime', 'status'].sort(),
    );
    const item = first.items[0];
    if (!item) throw new Error('no item');
    item.status = 'Hacked';
    item.progress = -1;
    const again = await source.list(query(sort, {}, 0, 5), { signal: signal() });
    expect(again.items[0]?.status).not.toBe('Hacked');
    const details = await source.get(item.id, { signal: signal() });
    details.objects?.splice(0);
    if (details.parameters) details.parameters.tenant = 'x';
    const fresh = await source.get(item.id, { signal: signal() });
    expect(fresh.objects?.length).toBeGreaterThan(0);
    expect(fresh.parameters?.tenant).not.toBe('x');
  });

  it('re-sorts and re-filters after a change to the data', async () => {
    const local = createInMemoryDataSource(records);
    const sort = { field: 'progress', direction: 'asc' } as const;
    const filter = { statuses: ['completed'] } satisfies MigrationLogFilter;
    const before = await local.list(query(sort, filter, 0, 3), { signal: signal() });
    const target = before.items.at(-1)?.id ?? '';
    local.update(target, { progress: -5, status: 'Completed' });
    const after = await local.list(query(sort, filter, 0, 3), { signal: signal() });
    expect(after.items[0]?.id).toBe(target);
    local.update(target, { status: 'Error' });
    const filtered = await local.list(query(sort, filter, 0, 3000), { signal: signal() });
    expect(filtered.items.some((item) => item.id === target)).toBe(false);
    expect(filtered.total).toBe((before.total ?? 0) - 1);
  });

  it('never mutates the records it was given', async () => {
    const input = messyRecords(50);
    const snapshot = structuredClone(input);
    const local = createInMemoryDataSource(input);
    const active = input.find((r) => r.status === 'In progress');
    await local.cancel(active?.id ?? '', { signal: signal() });
    local.update(input[10]?.id ?? '', { progress: 1 });
    expect(input).toEqual(snapshot);
  });
});
