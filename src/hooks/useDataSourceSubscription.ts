import type { Query, QueryClient, QueryKey } from '@tanstack/react-query';
import { hashKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { MigrationLogDataSource } from '../core/types.js';
import { useUnstableSourceWarning } from './useUnstableSourceWarning.js';

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
  // The list, range and details hooks, which key their cache on the source, come through here, and a
  // new source object costs a new subscription here too (useMigrationIssues, with no subscription,
  // calls the warning itself).
  useUnstableSourceWarning(dataSource);
  const keyHash = hashKey(queryKey);
  // A host's subscribe (a socket, say) may throw: thrown in an effect, it would unmount the view.
  const [failed, setFailed] = useState<MigrationLogDataSource | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyHash stands for queryKey, whose identity changes every render.
  useEffect(() => {
    if (!enabled || typeof dataSource.subscribe !== 'function') return;
    let unsubscribe: unknown;
    let subscribed = true;
    const filters = {
      queryKey,
      // Not a query waiting to retry a failure: restarting it resets its failure count, so a source
      // pushing changes every second kept a dead backend's error from ever showing. The retry
      // reads the change anyway.
      predicate: (query: Query) => query.state.fetchStatus === 'idle' || query.state.fetchFailureCount === 0,
    };
    // A refetch under way is left to finish: cancelled on each change, it never finished while a
    // source pushed more often than the list answered, and live progress froze. What it may have
    // missed is read by one more refetch once it is done.
    const refetch = () => client.invalidateQueries(filters, { cancelRefetch: false });
    try {
      unsubscribe = dataSource.subscribe(() => {
        const underWay = client.isFetching({ queryKey }) > 0;
        void refetch().then(() => {
          if (underWay && subscribed) void refetch();
        });
      });
    } catch {
      setFailed(dataSource);
    }
    return () => {
      subscribed = false;
      try {
        if (typeof unsubscribe === 'function') unsubscribe();
      } catch {
        // Nothing left to undo on this side.
      }
    };
  }, [dataSource, client, keyHash, enabled]);
  return typeof dataSource.subscribe === 'function' && failed !== dataSource;
}
