import { isObject, truncate } from './normalize-values.js';

/** What went wrong when talking to a data source. */
export type MigrationLogErrorKind = 'http' | 'network' | 'invalid-response' | 'aborted' | 'unknown';

/**
 * The typed error data sources throw and hooks expose. `message` is plain text meant for the
 * user (the server's own message where it sent one); it is always rendered as text.
 */
export class MigrationLogError extends Error {
  override readonly name = 'MigrationLogError';
  readonly kind: MigrationLogErrorKind;
  /** HTTP status, for `http` errors. */
  readonly status: number | undefined;

  constructor(message: string, options: { kind: MigrationLogErrorKind; status?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.kind = options.kind;
    this.status = options.status;
  }
}

const MAX_MESSAGE = 500;

/**
 * Turns anything thrown by a data source into a short, displayable message. Never throws. Reads
 * `message` from any object, so errors from another realm or plain `{ message }` objects keep it.
 */
export function errorMessage(error: unknown, fallback = 'Something went wrong.'): string {
  let text: unknown;
  try {
    text = typeof error === 'string' ? error : isObject(error) ? error.message : undefined;
  } catch {
    // A throwing getter or a revoked Proxy: nothing to show but the fallback.
  }
  return truncate(typeof text === 'string' && text.trim() !== '' ? text.trim() : fallback, MAX_MESSAGE);
}
