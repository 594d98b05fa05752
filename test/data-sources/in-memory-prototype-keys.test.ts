import { describe, expect, it } from 'vitest';
import type { MigrationLogDetailsRecord } from '../../src/core/types.js';
import { createInMemoryDataSource } from '../../src/data-sources/index.js';
import { signal } from './helpers/fixtures.js';

// Records a host hands the in-memory source may come from JSON, whose keys and names can be any
// string, Object.prototype's included.

describe('in-memory source: names that are Object.prototype keys', () => {
  it('keeps a parameter named __proto__ as a parameter', async () => {
    const parameters = JSON.parse('{"__proto__": "nightly", "constructor": "x", "nested": {"__proto__": 1}}');
    const record: MigrationLogDetailsRecord = { id: 'm1', status: 'completed', parameters };
    const details = await createInMemoryDataSource([record]).get('m1', { signal: signal() });
    expect(Object.entries(details.parameters ?? {})).toEqual([
      ['__proto__', 'nightly'],
      ['constructor', 'x'],
      ['nested', JSON.parse('{"__proto__": 1}')],
    ]);
    expect(Object.getPrototypeOf(details.parameters)).toBe(Object.prototype);
  });

  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'gives issues of an object named %j the generic record key prefix',
    async (name) => {
      const record: MigrationLogDetailsRecord = {
        id: 'm1',
        status: 'error',
        objects: [{ name, total: 10, processed: 10, failed: 5 }],
        issueCounts: { errors: 5 },
      };
      const page = await createInMemoryDataSource([record]).listIssues(
        'm1',
        { pageIndex: 0, pageSize: 50 },
        { signal: signal() },
      );
      const keys = page.items.map((issue) => issue.recordKey).filter((key) => key !== null && key !== undefined);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key).toMatch(/^REC-\d{6}$/);
    },
  );
});
