import type { QueryClient } from '@tanstack/react-query';
import { MigrationLogError } from '../core/errors.js';

/** Retries after a transient failure when neither the host nor the query says otherwise. */
export const DEFAULT_RETRY_COUNT = 1;

/**
 * Whether a failure can succeed on a second try. Client errors (4xx: not found, forbidden, bad
 * query) and unreadable answers will fail the same way again, so retrying only delays the message;
 * a timeout has already made the user wait its whole length (Retry is one click away).
 */
export function isRetryableError(error: unknown): boolean {
  if (!(error instanceof MigrationLogError)) return true;
  if (error.kind === 'invalid-response' || error.kind === 'aborted' || error.kind === 'timeout') return false;
  // No status compares as neither.
  return !(error.kind === 'http' && (error.status as number) >= 400 && (error.status as number) < 500);
}

type RetryFn = (failureCount: number, error: unknown) => boolean;

/**
 * The retry policy for one query: never for non-retryable errors; otherwise the host client's own
 * `retry` default when it set one (so `retry: false` in a host's or a test's client is honoured),
 * else {@link DEFAULT_RETRY_COUNT}.
 */
export function retryPolicy(client: QueryClient): RetryFn {
  const base = client.getDefaultOptions().queries?.retry;
  return (failureCount, error) => {
    if (!isRetryableError(error)) return false;
    if (typeof base === 'function') return base(failureCount, error as Error);
    if (typeof base === 'boolean') return base;
    return failureCount < (base ?? DEFAULT_RETRY_COUNT);
  };
}
