import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  MigrationLogDetailsRecord,
  MigrationLogFilter,
  MigrationLogQuery,
  MigrationLogSortField,
} from '../../src/core/types.js';
import { createInMemoryDataSource } from '../../src/data-sources/index.js';
import { PROPERTY_OPTIONS, PROPERTY_RUNS } from '../support/property.js';
import { messyRecords, signal } from './helpers/fixtures.js';
import { oraclePage } from './helpers/oracle.js';

const FIELDS: MigrationLogSortField[] = ['startTime', 'endTime', 'generatedBy', 'cutoverDate', 'progress', 'status'];
const FILTERS: MigrationLogFilter[] = [{}, { statuses: ['completed', 'in-progress'] }, { search: 'a' }];

/** Every cached order, warmed before the changes so the changes must patch them, not rebuild them. */
const QUERIES: MigrationLogQuery[] = FIELDS.flatMap((field) =>
  (['asc', 'desc'] as const).flatMap((direction) =>
    FILTERS.map((filter) => ({ pageIndex: 0, pageSize: 1000, sort: { field, direction }, filter })),
  ),
);

const patchArb = fc.oneof(
  fc.record({ progress: fc.oneof(fc.integer({ min: -5, max: 105 }), fc.constant(null)) }),
  fc.record({ status: fc.constantFrom('Completed', 'In progress', 'Error', 'PAUSED', 'accepted') }),
  fc.record({ startTime: fc.constantFrom('2024-03-01T10:00:00.000Z', '2030-01-01T00:00:00Z', 'garbage', null) }),
  fc.record({ generatedBy: fc.constantFrom('aaron', 'Zoë', '  ', null, 'Müller') }),
  fc.record({ endTime: fc.constantFrom('2024-03-01T11:00:00.000Z', null), cutoverDate: fc.constantFrom('2020-01-01') }),
);

// Cached orders are patched in place of a re-sort when a few rows change (live progress, update):
// after any sequence of changes every cached query must still answer exactly like the oracle.
describe('in-memory source: cached orders after changes', () => {
  it('answers like the oracle after random changes to rows', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 399 }), patchArb), { minLength: 1, maxLength: 12 }),
        async (changes) => {
          const records: MigrationLogDetailsRecord[] = messyRecords(400);
          const source = createInMemoryDataSource(records);
          for (const query of QUERIES) await source.list(query, { signal: signal() });
          for (const [index, patch] of changes) {
            const record = records[index] as MigrationLogDetailsRecord;
            records[index] = { ...record, ...patch };
            source.update(record.id, patch);
          }
          for (const query of QUERIES) {
            const page = await source.list(query, { signal: signal() });
            const expected = oraclePage(records, query);
            expect(page.items.map((item) => item.id)).toEqual(expected.ids);
            expect(page.total).toBe(expected.total);
          }
        },
      ),
      // Each run builds and sorts a whole source: fewer runs.
      { ...PROPERTY_OPTIONS, numRuns: Math.min(PROPERTY_RUNS, 40) },
    );
  });
});
