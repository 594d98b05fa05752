import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { hashKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MigrationLogDataSource } from '../core/types.js';

/**
 * When the data source pushes changes (`subscribe`), invalidates the queries under `queryKey` on
 * each change, so observed ones refetch and the rest refetch when next shown.
 */
export function useDataSourceSubscription(
  dataSource: MigrationLogDataSource,
  client: QueryClient,
  queryKey: QueryKey,
  enabled: boolean,
): void {
  const keyHash = hashKey(queryKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyHash stands for queryKey, whose identity changes every render.
  useEffect(() => {
    if (!enabled || typeof dataSource.subscribe !== 'function') return;
    const unsubscribe = dataSource.subscribe(() => {
      void client.invalidateQueries({ queryKey });
    });
    return () => {
      if (typeof unsubscribe === 'function') unsubscribe();
    };
  }, [dataSource, client, keyHash, enabled]);
}
