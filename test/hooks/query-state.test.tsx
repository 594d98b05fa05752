import { act, renderHook, waitFor } from '@testing-library/react';
import { DEFAULT_QUERY } from '../../src/core/query.js';
import type { MigrationLogQuery } from '../../src/core/types.js';
import { applyQueryUpdate } from '../../src/hooks/query-patch.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { fakeSource, page, record, testClient, withClient } from './helpers.js';

const onPage3: MigrationLogQuery = { ...DEFAULT_QUERY, pageIndex: 3 };

describe('applyQueryUpdate', () => {
  it('moves pages without touching the rest', () => {
    expect(applyQueryUpdate(DEFAULT_QUERY, { pageIndex: 2 })).toEqual({ ...DEFAULT_QUERY, pageIndex: 2 });
  });

  it('goes back to page 0 when the filter, sort or page size changes', () => {
    expect(applyQueryUpdate(onPage3, { filter: { statuses: ['error'] } }).pageIndex).toBe(0);
    expect(applyQueryUpdate(onPage3, { sort: { field: 'status', direction: 'asc' } }).pageIndex).toBe(0);
    expect(applyQueryUpdate(onPage3, { pageSize: 50 }).pageIndex).toBe(0);
  });

  it('goes back to page 0 when an updater spreads the previous query', () => {
    const next = applyQueryUpdate(onPage3, (prev) => ({ ...prev, filter: { search: 'ada' } }));
    expect(next).toEqual({ ...DEFAULT_QUERY, pageIndex: 0, filter: { search: 'ada' } });
  });

  it('keeps a page the same update moves to explicitly', () => {
    expect(applyQueryUpdate(onPage3, { filter: { search: 'ada' }, pageIndex: 1 }).pageIndex).toBe(1);
  });

  it('keeps the page when the filter only changes in ways that do not change the rows', () => {
    const typed = applyQueryUpdate({ ...onPage3, filter: { search: 'ada' } }, { filter: { search: 'ada ' } });
    expect(typed.pageIndex).toBe(3);
    expect(typed.filter.search).toBe('ada ');
  });
});

describe('useMigrationLogs query state', () => {
  it('uncontrolled: starts from defaultQuery and stores changes', async () => {
    const { source, list } = fakeSource(async () => page(record('m1')));
    const onQueryChange = vi.fn();
    const { result } = renderHook(
      () => useMigrationLogs({ dataSource: source, defaultQuery: { pageSize: 10 }, onQueryChange }),
      { wrapper: withClient(testClient()) },
    );
    expect(result.current.query).toEqual({ ...DEFAULT_QUERY, pageSize: 10 });
    await waitFor(() => expect(result.current.status).toBe('success'));
    act(() => result.current.setQuery({ pageIndex: 2 }));
    expect(result.current.query.pageIndex).toBe(2);
    expect(onQueryChange).toHaveBeenCalledWith({ ...DEFAULT_QUERY, pageSize: 10, pageIndex: 2 });
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith({ ...DEFAULT_QUERY, pageSize: 10, pageIndex: 2 }, expect.anything()),
    );
  });

  it('controlled: shows the query prop and only reports changes', async () => {
    const { source, list } = fakeSource(async () => page(record('m1')));
    const onQueryChange = vi.fn();
    const { result, rerender } = renderHook(
      ({ query }: { query: Partial<MigrationLogQuery> }) =>
        useMigrationLogs({ dataSource: source, query, onQueryChange }),
      { wrapper: withClient(testClient()), initialProps: { query: { pageIndex: 1 } } },
    );
    expect(result.current.query.pageIndex).toBe(1);
    act(() => result.current.setQuery({ pageIndex: 4 }));
    expect(onQueryChange).toHaveBeenCalledWith(expect.objectContaining({ pageIndex: 4 }));
    // Not applied until the owner passes it back.
    expect(result.current.query.pageIndex).toBe(1);
    rerender({ query: { pageIndex: 4 } });
    expect(result.current.query.pageIndex).toBe(4);
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(expect.objectContaining({ pageIndex: 4 }), expect.anything()),
    );
  });

  it('controlled: a fresh but equal query object keeps the same query identity', () => {
    const { source } = fakeSource(async () => page());
    const { result, rerender } = renderHook(
      ({ query }: { query: Partial<MigrationLogQuery> }) => useMigrationLogs({ dataSource: source, query }),
      { wrapper: withClient(testClient()), initialProps: { query: { pageIndex: 1 } } },
    );
    const before = result.current.query;
    rerender({ query: { pageIndex: 1 } });
    expect(result.current.query).toBe(before);
  });

  it('setQuery resets pageIndex to 0 on a filter change', async () => {
    const { source, list } = fakeSource(async () => page(record('m1')));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source, defaultQuery: { pageIndex: 3 } }), {
      wrapper: withClient(testClient()),
    });
    act(() => result.current.setQuery({ filter: { statuses: ['in-progress'] } }));
    expect(result.current.query.pageIndex).toBe(0);
    await waitFor(() =>
      expect(list).toHaveBeenLastCalledWith(
        expect.objectContaining({ pageIndex: 0, filter: { statuses: ['in-progress'] } }),
        expect.anything(),
      ),
    );
  });

  it('two updates in one event build on each other', () => {
    const { source } = fakeSource(async () => page());
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    act(() => {
      result.current.setQuery({ filter: { search: 'ada' } });
      result.current.setQuery((prev) => ({ pageIndex: prev.pageIndex + 1 }));
    });
    expect(result.current.query).toEqual({ ...DEFAULT_QUERY, filter: { search: 'ada' }, pageIndex: 1 });
  });

  it('asks the data source for the canonical query (trimmed text, sorted statuses)', async () => {
    const { source, list } = fakeSource(async () => page());
    renderHook(
      () =>
        useMigrationLogs({
          dataSource: source,
          defaultQuery: { filter: { search: '  ada ', statuses: ['error', 'accepted'], generatedBy: '' } },
        }),
      { wrapper: withClient(testClient()) },
    );
    await waitFor(() => expect(list).toHaveBeenCalled());
    expect(list.mock.calls[0]?.[0].filter).toEqual({ search: 'ada', statuses: ['accepted', 'error'] });
  });
});
