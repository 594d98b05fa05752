import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { hashKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { MigrationLogDataSource } from '../core/types.js';

/**
 * When the data source pushes changes (`subscribe`), invalidates the queries under `queryKey` on
 * each change, so observed ones refetch and the rest refetch when next shown. Returns whether the
 * source pushes: false without `subscribe`, and once its `subscribe` threw, so the caller polls.
 */
export function useDataSourceSubscription(
  dataSource: MigrationLogDataSource,
  client: QueryClient,
  queryKey: QueryKey,
  enabled: boolean,
): boolean {
  const keyHash = hashKey(queryKey);
  // A host's subscribe (a socket, say) may throw: thrown in an effect, it would unmount the view.
  const [failed, setFailed] = useState<MigrationLogDataSource | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyHash stands for queryKey, whose identity changes every render.
  useEffect(() => {
    if (!enabled || typeof dataSource.subscribe !== 'function') return;
    let unsubscribe: unknown;
    try {
      unsubscribe = dataSource.subscribe(() => {
        // Not a query waiting to retry a failure: restarting it resets its failure count, so a source
        // pushing changes every second kept a dead backend's error from ever showing. The retry
        // reads the change anyway.
        void client.invalidateQueries({
          queryKey,
          predicate: (query) => query.state.fetchStatus === 'idle' || query.state.fetchFailureCount === 0,
        });
      });
    } catch {
      setFailed(dataSource);
    }
    return () => {
      try {
        if (typeof unsubscribe === 'function') unsubscribe();
      } catch {
        // Nothing left to undo on this side.
      }
    };
  }, [dataSource, client, keyHash, enabled]);
  return typeof dataSource.subscribe === 'function' && failed !== dataSource;
}
