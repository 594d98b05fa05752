// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultIssuesMapper, defaultListMapper } from '../../src/data-sources/fetch/responses.js';

describe('fetch source: default mappers', () => {
  it('reads a total sent as decimal text, as SQL drivers send a bigint COUNT', () => {
    expect(defaultListMapper({ items: [], total: '42' })).toEqual({ items: [], total: 42 });
    expect(defaultIssuesMapper({ items: [], total: '7' })).toEqual({ items: [], total: 7 });
  });

  it('leaves out a total that is no count, and a hasNextPage that is no boolean', () => {
    for (const total of ['0x10', 'many', -1, null, Number.NaN]) {
      expect(defaultListMapper({ items: [], total, hasNextPage: 'yes' })).toEqual({ items: [] });
      expect(defaultIssuesMapper({ items: [], total })).toEqual({ items: [] });
    }
  });

  it('rejects an answer without an items array, naming what it lists', () => {
    for (const body of [null, 'items', [{ id: 'm1' }], { items: 'm1' }, { results: [] }]) {
      expect(() => defaultListMapper(body)).toThrow(
        expect.objectContaining({
          kind: 'invalid-response',
          message: 'The list of migrations from the server has no items.',
        }),
      );
      expect(() => defaultIssuesMapper(body)).toThrow('The list of issues from the server has no items.');
    }
    // Items are the records as sent: normalisation reads them later.
    const items = [{ id: 'm1' }, 'not a record'];
    expect(defaultListMapper({ items }).items).toBe(items);
  });
});
