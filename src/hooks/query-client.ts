import { QueryClient, QueryClientContext } from '@tanstack/react-query';
import { useContext, useEffect } from 'react';
import { DEFAULT_RETRY_COUNT } from './retry.js';

/*
 * The one place that decides which QueryClient a hook uses, so every hook and component works
 * with no provider around it and shares the host's cache when there is one.
 */

let privateClient: QueryClient | undefined;

/**
 * Defaults of the private client, used only when the host gives no client:
 * - `retry: 1` for transient failures; 4xx and unreadable answers are never retried (see retry.ts).
 * - refetch on window focus (TanStack's default, left unset): polling pauses while the page is
 *   hidden, so a tab coming back into view refreshes at once instead of showing data up to one
 *   interval old.
 * - `staleTime: 0` (TanStack's default): the log changes under us; cached pages show instantly
 *   and refresh behind. Mutations are not retried (TanStack's default too).
 */
export function createPrivateQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: DEFAULT_RETRY_COUNT } },
  });
}

function getPrivateQueryClient(): QueryClient {
  // On a server every render would share a module-level cache across users; nothing is fetched
  // there anyway, so a throwaway client keeps requests apart.
  if (typeof window === 'undefined') return createPrivateQueryClient();
  privateClient ??= createPrivateQueryClient();
  return privateClient;
}

/**
 * The client for a hook: the `queryClient` option, else the nearest `QueryClientProvider`'s, else
 * a private client shared by every hook of this library in the page.
 */
export function useResolvedQueryClient(queryClient?: QueryClient): QueryClient {
  // useQueryClient() throws without a provider; the context itself just reads undefined.
  const fromContext = useContext(QueryClientContext);
  const client = queryClient ?? fromContext ?? getPrivateQueryClient();
  const needsMount = client !== fromContext;
  useEffect(() => {
    // A provider mounts its client (focus and online listeners); a client without a provider needs
    // the same, ref-counted by TanStack so several hooks can share it.
    if (!needsMount) return;
    client.mount();
    return () => client.unmount();
  }, [client, needsMount]);
  return client;
}
