import { useRef } from 'react';
import type { MigrationLogError } from '../../core/errors.js';

/**
 * The error to show for a query. A retry clears the error while it runs (TanStack Query does, when
 * nothing was loaded yet): the last one stays until the retry settles, so the banner, and its focused
 * Retry button, are not pulled away. Set `current` to null when the user asks for something else.
 */
export function useShownError(error: MigrationLogError | null, isFetching: boolean) {
  const shown = useRef<MigrationLogError | null>(null);
  if (error !== null || !isFetching) shown.current = error;
  return shown;
}
