import { useCallback, useMemo } from 'react';
import { errorMessage, type MigrationLogError } from '../core/errors.js';
import { toMigrationLogError } from './to-error.js';

/** What every query hook returns about a failure, and its Retry. */
export interface QueryOutcome {
  error: MigrationLogError | null;
  errorMessage: string | null;
  refetch: () => Promise<void>;
}

/** `error`, `errorMessage` and `refetch` of a TanStack query result, built the same way for every hook. */
export function useQueryOutcome(result: { error: unknown; refetch: () => Promise<unknown> }): QueryOutcome {
  const error = useMemo(() => (result.error ? toMigrationLogError(result.error) : null), [result.error]);
  const { refetch: refetchQuery } = result;
  const refetch = useCallback(async () => {
    await refetchQuery();
  }, [refetchQuery]);
  return { error, errorMessage: error ? errorMessage(error) : null, refetch };
}
