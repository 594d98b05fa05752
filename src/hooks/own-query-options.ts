import type { QueryClient } from '@tanstack/react-query';
import { retryPolicy } from './retry.js';

/**
 * What every query of this library sets itself, whatever the host's QueryClient defaults to: those
 * are made for the host's own queries.
 * - `throwOnError: false`: a failure is the view's own error state (with the rows shown before),
 *   never a throw to the host's error boundary, which would take the whole view down.
 * - `placeholderData: undefined`: no data of another key stands in while one loads (a host's
 *   `keepPreviousData` would show the last migration's details under the next one's id). The list
 *   keeps its previous page on purpose and says so itself.
 * - `refetchInterval: false` and not in the background: only the queries that poll say when.
 * - `retry`: the host's count, but never for failures that would fail again (see retry.ts).
 */
export function ownQueryOptions(client: QueryClient) {
  return {
    throwOnError: false,
    placeholderData: undefined,
    refetchInterval: false,
    refetchIntervalInBackground: false,
    retry: retryPolicy(client),
  } as const;
}
