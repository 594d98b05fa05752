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
});
