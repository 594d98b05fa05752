import { DEFAULT_QUERY } from '../../src/core/query.js';
import { readMigrationLogUrlState, writeMigrationLogUrlState } from '../../src/core/url-state.js';

describe('URL state', () => {
  it('writes nothing for the defaults', () => {
    expect(writeMigrationLogUrlState({ query: DEFAULT_QUERY, selectedId: null }).toString()).toBe('');
  });

  it('round-trips a full query and selection, keeping the host parameters', () => {
    const state = {
      query: {
        pageIndex: 3,
        pageSize: 50,
        sort: { field: 'progress', direction: 'asc' },
        filter: {
          statuses: ['error', 'completed-warning'],
          generatedBy: 'ada',
          startedFrom: '2026-01-01T00:00:00.000Z',
          startedTo: '2026-02-01T00:00:00.000Z',
          search: 'inv & co',
        },
      },
      selectedId: 'mig/1 ?',
    } as const;
    const params = writeMigrationLogUrlState(
      {
        query: { ...state.query, filter: { ...state.query.filter, statuses: [...state.query.filter.statuses] } },
        selectedId: state.selectedId,
      },
      new URLSearchParams('tab=billing'),
    );
    expect(params.get('tab')).toBe('billing');
    expect(params.get('page')).toBe('4');
    expect(params.get('sort')).toBe('progress');
    const read = readMigrationLogUrlState(new URLSearchParams(params.toString()));
    expect(read).toEqual(state);
  });

  it("returns new parameters and leaves the host's object as it was", () => {
    const host = new URLSearchParams('tab=billing&page=9');
    const params = writeMigrationLogUrlState({ query: { ...DEFAULT_QUERY, pageIndex: 1 }, selectedId: 'm1' }, host);
    expect(params).not.toBe(host);
    expect(host.toString()).toBe('tab=billing&page=9');
    expect(params.toString()).toBe('tab=billing&page=2&migration=m1');
    expect(writeMigrationLogUrlState({ query: DEFAULT_QUERY, selectedId: null }, '?tab=x').toString()).toBe('tab=x');
  });

  it('ignores unreadable values instead of throwing', () => {
    const read = readMigrationLogUrlState(
      new URLSearchParams('page=abc&size=-4&sort=-droptable&status=error,bogus&from=yesterday&migration='),
    );
    expect(read.query.pageIndex).toBe(0);
    expect(read.query.pageSize).toBe(1);
    expect(read.query.sort).toEqual(DEFAULT_QUERY.sort);
    expect(read.query.filter).toEqual({ statuses: ['error'] });
    expect(read.selectedId).toBeNull();
  });

  // Already safe (lists, not object lookups); kept so a rewrite to a lookup table cannot regress.
  it('ignores a sort or statuses named after Object.prototype keys', () => {
    const read = readMigrationLogUrlState(
      new URLSearchParams('sort=-constructor&status=__proto__,toString,hasOwnProperty,completed'),
    );
    expect(read.query.sort).toEqual(DEFAULT_QUERY.sort);
    expect(read.query.filter).toEqual({ statuses: ['completed'] });
  });

  it('reads a descending sort', () => {
    expect(readMigrationLogUrlState(new URLSearchParams('sort=-endTime')).query.sort).toEqual({
      field: 'endTime',
      direction: 'desc',
    });
  });
});
