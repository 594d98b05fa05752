import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { DEFAULT_QUERY } from '../../src/core/query.js';
import { createPrivateQueryClient, useResolvedQueryClient } from '../../src/hooks/query-client.js';
import { migrationLogKeys } from '../../src/hooks/query-keys.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { fakeSource, page, record, setVisibility, testClient, withClient } from './helpers.js';

describe('QueryClient resolution', () => {
  it('loads with no provider around it (private client)', async () => {
    const { source, list } = fakeSource(async () => page(record('m1'), record('m2')));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.rows.map((r) => r.id)).toEqual(['m1', 'm2']);
    expect(list).toHaveBeenCalledTimes(1);
  });

  it('uses the QueryClient of the nearest provider', async () => {
    const client = testClient();
    const { source } = fakeSource(async () => page(record('m1')));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), { wrapper: withClient(client) });
    await waitFor(() => expect(result.current.status).toBe('success'));
    const cached = client.getQueryData(migrationLogKeys.list(source, DEFAULT_QUERY));
    expect(cached).toEqual(expect.objectContaining({ total: 1 }));
  });

  it('prefers the queryClient option over a provider', async () => {
    const provided = testClient();
    const given = testClient();
    const { source } = fakeSource(async () => page(record('m1')));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source, queryClient: given }), {
      wrapper: withClient(provided),
    });
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(given.getQueryCache().findAll({ queryKey: migrationLogKeys.lists(source) })).toHaveLength(1);
    expect(provided.getQueryCache().findAll()).toHaveLength(0);
  });

  it('shares one private client between hooks without a provider', () => {
    const first = renderHook(() => useResolvedQueryClient());
    const second = renderHook(() => useResolvedQueryClient());
    expect(first.result.current).toBeInstanceOf(QueryClient);
    expect(first.result.current).toBe(second.result.current);
  });

  it('mounts a client given without a provider, so focus and online events reach it', () => {
    const client = testClient();
    const mount = vi.spyOn(client, 'mount');
    const unmount = vi.spyOn(client, 'unmount');
    const view = renderHook(() => useResolvedQueryClient(client));
    expect(mount).toHaveBeenCalledTimes(1);
    view.unmount();
    expect(unmount).toHaveBeenCalledTimes(1);
  });

  it('leaves mounting a provided client to its provider', () => {
    const client = testClient();
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    );
    const mount = vi.spyOn(client, 'mount');
    renderHook(() => useResolvedQueryClient(), { wrapper });
    // Once, by the provider itself.
    expect(mount).toHaveBeenCalledTimes(1);
  });

  it('private client defaults: one retry', () => {
    expect(createPrivateQueryClient().getDefaultOptions().queries?.retry).toBe(1);
  });

  it('private client: a tab coming back into view refreshes at once', async () => {
    const client = createPrivateQueryClient();
    const { source, list } = fakeSource(async () => page(record('m1')));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source, queryClient: client, refresh: false }));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(list).toHaveBeenCalledTimes(1);
    setVisibility('hidden');
    setVisibility('visible');
    await waitFor(() => expect(list).toHaveBeenCalledTimes(2));
  });
});
