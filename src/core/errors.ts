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

/** Turns anything thrown by a data source into a short, displayable message. Never throws. */
export function errorMessage(error: unknown, fallback = 'Something went wrong.'): string {
  let text: unknown = fallback;
  if (error instanceof Error) text = error.message;
  else if (typeof error === 'string') text = error;
  const value = typeof text === 'string' && text.trim() !== '' ? text.trim() : fallback;
  return value.length > MAX_MESSAGE ? `${value.slice(0, MAX_MESSAGE)}…` : value;
}
