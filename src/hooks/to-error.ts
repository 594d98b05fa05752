import { errorMessage, MigrationLogError } from '../core/errors.js';

/**
 * Data sources written by hosts may throw anything; hooks expose one error type so components can
 * branch on `kind` and `status` without guessing.
 */
export function toMigrationLogError(error: unknown): MigrationLogError {
  if (error instanceof MigrationLogError) return error;
  const aborted = error instanceof Error && error.name === 'AbortError';
  // A host's data source threw its own error: its message is the host's words for the user.
  const detail = errorMessage(error, '');
  return new MigrationLogError(detail || errorMessage(error), {
    kind: aborted ? 'aborted' : 'unknown',
    cause: error,
    detail: detail || null,
  });
}

/**
 * Calls a data-source method and awaits it, rethrowing whatever it throws (synchronously or not) as
 * a MigrationLogError.
 */
export async function callDataSource<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toMigrationLogError(error);
  }
}

/** True for a 404 from the data source. */
export function isNotFoundError(error: unknown): boolean {
  return error instanceof MigrationLogError && error.kind === 'http' && error.status === 404;
}
