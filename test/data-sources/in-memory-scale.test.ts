import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../src/core/status.js';
import type { MigrationLogSortField } from '../../src/core/types.js';
import { createInMemoryDataSource, generateMigrationLogs } from '../../src/data-sources/index.js';
import { NOW, signal } from './helpers/fixtures.js';

// Correctness at 100,000 records; speed is measured by the browser benchmark, not asserted here.
describe('in-memory source with 100,000 records', () => {
  it('generates, sorts, filters and pages them correctly', { timeout: 120_000 }, async () => {
    const records = generateMigrationLogs({ count: 100_000, seed: 21, now: NOW });
    expect(records).toHaveLength(100_000);
    const source = createInMemoryDataSource(records);
    const byId = new Map(records.map((r) => [r.id, r]));

    const fields: MigrationLogSortField[] = ['startTime', 'generatedBy', 'progress', 'status'];
    for (const field of fields) {
      const sort = { field, direction: 'desc' as const };
      const first = await source.list({ pageIndex: 0, pageSize: 100, sort, filter: {} }, { signal: signal() });
      expect(first.total).toBe(100_000);
      const later = await source.list({ pageIndex: 999, pageSize: 100, sort, filter: {} }, { signal: signal() });
      expect(later.items).toHaveLength(100);
      expect(later.hasNextPage).toBe(false);
    }

    const startTimes = (
      await source.list(
        { pageIndex: 3, pageSize: 500, sort: { field: 'startTime', direction: 'desc' }, filter: {} },
        { signal: signal() },
      )
    ).items.map((i) => Date.parse(i.startTime ?? ''));
    expect(startTimes).toEqual([...startTimes].sort((a, b) => b - a));

    const errors = records.filter(
      (r) => parseStatus(r.status) === 'error' && r.generatedBy?.toLowerCase().includes('ana'),
    );
    const page = await source.list(
      {
        pageIndex: 0,
        pageSize: 50,
        sort: { field: 'progress', direction: 'asc' },
        filter: { statuses: ['error'], generatedBy: 'ANA' },
      },
      { signal: signal() },
    );
    expect(page.total).toBe(errors.length);
    expect(page.items.every((i) => byId.get(i.id)?.status === 'Error')).toBe(true);
    const progress = page.items.map((i) => i.progress ?? 0);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    const huge = await source.get(records[2]?.id ?? '', { signal: signal() });
    expect(huge.issues?.items).toHaveLength(20);
    const lastIssues = await source.listIssues(
      records[2]?.id ?? '',
      { pageIndex: 300, pageSize: 50 },
      { signal: signal() },
    );
    expect(lastIssues.items.length).toBeGreaterThan(0);
  });
});
