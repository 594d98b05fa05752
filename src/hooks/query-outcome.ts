import { useCallback, useMemo } from 'react';
import { errorMessage, type MigrationLogError } from '../core/errors.js';
import { toMigrationLogError } from './to-error.js';

/** What every query hook returns about a query's progress and failure, and its Retry. */
export interface QueryOutcome {
  /** `'loading'` until data or an error arrives; `'error'` when the latest request failed. */
  status: 'loading' | 'success' | 'error';
  /** Enabled, nothing to show yet and a first load is under way. */
  isLoading: boolean;
  error: MigrationLogError | null;
  errorMessage: string | null;
  refetch: () => Promise<void>;
}

/** A refetch that asks for nothing: there is no migration to ask about, or no request to repeat. */
export const idle = async (): Promise<void> => {};

/**
 * The outcome without a migration id, whatever the data source can do and whatever the cache holds:
 * nothing asked for, nothing loading, as TanStack Query reports a disabled query (`pending`, `idle`).
 */
export const NO_ID = { status: 'loading', isLoading: false, error: null, errorMessage: null, refetch: idle } as const;

interface QueryResultLike {
  data: unknown;
  error: unknown;
  isError: boolean;
  isPending: boolean;
  refetch: () => Promise<unknown>;
}

/** The outcome fields of a TanStack query result, built the same way for every hook. */
export function useQueryOutcome(result: QueryResultLike, enabled: boolean): QueryOutcome {
  const error = useMemo(() => (result.error ? toMigrationLogError(result.error) : null), [result.error]);
  const { refetch: refetchQuery } = result;
  const refetch = useCallback(async () => {
    await refetchQuery();
  }, [refetchQuery]);
  return {
    status: result.isError ? 'error' : result.data === undefined ? 'loading' : 'success',
    isLoading: enabled && result.isPending,
    error,
    errorMessage: error && errorMessage(error),
    refetch,
  };
}
