import { describe, expect, it, vi } from 'vitest';
import { MigrationLogError } from '../../src/core/errors.js';
import { normalizeIssuePage } from '../../src/core/normalize.js';
import type { IssueLevel, MigrationIssueRecord, MigrationLogDetailsRecord } from '../../src/core/types.js';
import {
  createInMemoryDataSource,
  generateMigrationLogs,
  type InMemoryDataSource,
} from '../../src/data-sources/index.js';
import { NOW, signal } from './helpers/fixtures.js';

const records = generateMigrationLogs({ count: 400, seed: 11, now: NOW });
const byStatus = (status: string) => records.filter((r) => r.status === status);
const HUGE = records[2] as MigrationLogDetailsRecord;

async function allIssues(source: InMemoryDataSource, id: string, level?: IssueLevel, pageSize = 1000) {
  const items: MigrationIssueRecord[] = [];
  let total = 0;
  for (let pageIndex = 0; ; pageIndex++) {
    const page = await source.listIssues(id, { pageIndex, pageSize, level }, { signal: signal() });
    total = page.total ?? 0;
    items.push(...page.items);
    if (page.items.length < pageSize) break;
  }
  return { items, total };
}

const sumOfCounts = (items: MigrationIssueRecord[]) => items.reduce((sum, item) => sum + (item.count ?? 1), 0);

describe('in-memory source: details', () => {
  const source = createInMemoryDataSource(records);

  it('returns the details with the first page of issues', async () => {
    const details = await source.get(HUGE.id, { signal: signal() });
    expect(details).toMatchObject({
      id: HUGE.id,
      status: 'Error',
      objects: HUGE.objects,
      issueCounts: HUGE.issueCounts,
      parameters: HUGE.parameters,
      resultFileUrl: HUGE.resultFileUrl,
    });
    expect(details.issues?.items).toHaveLength(20);
    const firstPage = await source.listIssues(HUGE.id, { pageIndex: 0, pageSize: 20 }, { signal: signal() });
    expect(details.issues).toEqual(firstPage);
  });

  it('takes the size of the first issue page from the options', async () => {
    const local = createInMemoryDataSource(records, { detailsIssuePageSize: 5 });
    expect((await local.get(HUGE.id, { signal: signal() })).issues?.items).toHaveLength(5);
  });

  it('answers an unknown id with a 404 MigrationLogError', async () => {
    const error = await source.get('nope', { signal: signal() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MigrationLogError);
    expect(error).toMatchObject({ kind: 'http', status: 404, message: 'Migration nope was not found.' });
    await expect(source.listIssues('nope', { pageIndex: 0, pageSize: 5 }, { signal: signal() })).rejects.toMatchObject({
      status: 404,
    });
    await expect(source.cancel('nope', { signal: signal() })).rejects.toMatchObject({ status: 404 });
  });
});

describe('in-memory source: issues', () => {
  const source = createInMemoryDataSource(records);

  it('groups 50,000 issues into items whose counts add up to the totals, per level too', async () => {
    const all = await allIssues(source, HUGE.id);
    expect(all.items).toHaveLength(all.total);
    expect(sumOfCounts(all.items)).toBe(50_000);
    const errors = await allIssues(source, HUGE.id, 'error');
    const warnings = await allIssues(source, HUGE.id, 'warning');
    expect(sumOfCounts(errors.items)).toBe(HUGE.issueCounts?.errors);
    expect(sumOfCounts(warnings.items)).toBe(HUGE.issueCounts?.warnings);
    expect(errors.items.every((i) => i.level === 'error')).toBe(true);
    expect(warnings.items.every((i) => i.level === 'warning')).toBe(true);
    expect(errors.total + warnings.total).toBe(all.total);
    // Identical messages are one item: no message appears twice.
    expect(new Set(all.items.map((i) => i.message)).size).toBe(all.items.length);
    expect(all.items.some((i) => (i.count ?? 1) > 1000)).toBe(true);
  });

  it('pages consistently: the pages of one size are the pages of another', async () => {
    const big = await allIssues(source, HUGE.id, 'warning', 1000);
    const small = await allIssues(source, HUGE.id, 'warning', 333);
    expect(small.items).toEqual(big.items);
    const past = await source.listIssues(HUGE.id, { pageIndex: 10_000, pageSize: 50 }, { signal: signal() });
    expect(past.items).toEqual([]);
  });

  it('generates the same issues for the same seed, and others for another', async () => {
    const query = { pageIndex: 3, pageSize: 20 };
    const same = createInMemoryDataSource(records);
    const other = createInMemoryDataSource(records, { seed: 99 });
    const page = await source.listIssues(HUGE.id, query, { signal: signal() });
    expect(await same.listIssues(HUGE.id, query, { signal: signal() })).toEqual(page);
    expect(await other.listIssues(HUGE.id, query, { signal: signal() })).not.toEqual(page);
  });

  it('matches the counts of every migration and survives normalisation', async () => {
    for (const record of records.slice(0, 60)) {
      const all = await allIssues(source, record.id, undefined, 500);
      const expected = (record.issueCounts?.errors ?? 0) + (record.issueCounts?.warnings ?? 0);
      expect(sumOfCounts(all.items)).toBe(expected);
      const normalised = normalizeIssuePage({ items: all.items, total: all.total });
      expect(normalised.items.every((i) => i.message !== '' && i.count >= 1)).toBe(true);
    }
    const completed = byStatus('Completed')[0] as MigrationLogDetailsRecord;
    expect(await source.listIssues(completed.id, { pageIndex: 0, pageSize: 10 }, { signal: signal() })).toEqual({
      items: [],
      total: 0,
    });
  });

  it('serves issues a record lists itself as given, filtered by level', async () => {
    const listed: MigrationLogDetailsRecord = {
      id: 'listed',
      status: 'Completed-Warning',
      issues: {
        items: [
          { level: 'warning', message: 'Rounded', count: 3 },
          { level: 'error', message: 'Broken', object: 'Invoice items', recordKey: 'INV-1' },
          { level: 'WARN', message: 'Odd level spelling' },
        ],
        total: 3,
      },
    };
    const local = createInMemoryDataSource([listed]);
    const warnings = await local.listIssues(
      'listed',
      { pageIndex: 0, pageSize: 10, level: 'warning' },
      { signal: signal() },
    );
    expect(warnings).toEqual({ items: [listed.issues?.items[0], listed.issues?.items[2]], total: 2 });
    const second = await local.listIssues('listed', { pageIndex: 1, pageSize: 2 }, { signal: signal() });
    expect(second.items.map((i) => i.message)).toEqual(['Odd level spelling']);
  });
});

describe('in-memory source: cancel', () => {
  const fixedNow = () => NOW + 5000;

  it.each(['Accepted', 'In progress'])(
    'cancels a %s migration: Error, ended now, noted as cancelled by user',
    async (status) => {
      const source = createInMemoryDataSource(records, { now: fixedNow });
      const target = byStatus(status)[0] as MigrationLogDetailsRecord;
      const onChange = vi.fn();
      source.subscribe(onChange);
      await source.cancel(target.id, { signal: signal() });
      const details = await source.get(target.id, { signal: signal() });
      expect(details).toMatchObject({ status: 'Error', endTime: new Date(NOW + 5000).toISOString() });
      expect(details.parameters).toMatchObject({ cancellation: 'Cancelled by user' });
      expect(details.issues?.items[0]).toMatchObject({ level: 'error', message: 'Cancelled by user.' });
      expect(details.issueCounts?.errors).toBe((target.issueCounts?.errors ?? 0) + 1);
      const all = await allIssues(source, target.id);
      expect(sumOfCounts(all.items)).toBe((details.issueCounts?.errors ?? 0) + (details.issueCounts?.warnings ?? 0));
      const listed = await source.list(
        { pageIndex: 0, pageSize: 500, sort: { field: 'status', direction: 'asc' }, filter: { statuses: ['error'] } },
        { signal: signal() },
      );
      expect(listed.items.map((i) => i.id)).toContain(target.id);
      expect(onChange).toHaveBeenCalled();
      await expect(source.cancel(target.id, { signal: signal() })).rejects.toMatchObject({ kind: 'http', status: 409 });
    },
  );

  it.each(['Completed', 'Completed-Warning', 'Error'])(
    'refuses to cancel a %s migration with a 409',
    async (status) => {
      const source = createInMemoryDataSource(records);
      const target = byStatus(status)[0] as MigrationLogDetailsRecord;
      const error = await source.cancel(target.id, { signal: signal() }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MigrationLogError);
      expect(error).toMatchObject({ kind: 'http', status: 409 });
      expect((error as Error).message).toBe(`Migration ${target.id} is ${status} and can no longer be cancelled.`);
      expect((await source.get(target.id, { signal: signal() })).status).toBe(status);
    },
  );
});
