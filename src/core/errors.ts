import type { MigrationLogMessages } from './messages.js';
import { isObject, nonBlank, truncate } from './normalize-values.js';

/** What went wrong when talking to a data source. */
export type MigrationLogErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response' | 'aborted' | 'unknown';

/**
 * The typed error data sources throw and hooks expose. `message` is plain English text (the
 * server's own message where it sent one), for logs and for hooks' `errorMessage`; components show
 * {@link errorText} instead, which speaks the `messages` language. Always rendered as text.
 */
export class MigrationLogError extends Error {
  override readonly name = 'MigrationLogError';
  // `declare`: set once in the constructor; a class field as well would only be emitted to hold undefined first.
  declare readonly kind: MigrationLogErrorKind;
  /** HTTP status, for `http` errors. */
  declare readonly status: number | undefined;
  /**
   * Words for the user from outside this library (the server's message, or the message of an error
   * a host's data source threw), shown as they are. `null` when `message` is this library's own
   * generic text, which {@link errorText} replaces by the `messages` entry for `kind`.
   * @default the message: an error a host constructs speaks for itself
   */
  declare readonly detail: string | null;

  constructor(
    message: string,
    options: { kind: MigrationLogErrorKind; status?: number; cause?: unknown; detail?: string | null },
  ) {
    super(message, { cause: options.cause });
    this.kind = options.kind;
    this.status = options.status;
    this.detail = options.detail === undefined ? message : options.detail;
  }
}

/**
 * An `invalid-response` error in this library's own words (`detail: null`), so the user reads
 * `messages.errorInvalidResponse`; `message` says what was wrong, for logs. The default is for an
 * answer that is not the shape the contract promises.
 */
export function invalidResponseError(
  message = 'The server sent a response this view cannot read.',
  cause?: unknown,
): MigrationLogError {
  return new MigrationLogError(message, { kind: 'invalid-response', cause, detail: null });
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
  return truncate(nonBlank(text) ?? fallback, MAX_MESSAGE);
}

/** The `messages` entries {@link errorText} needs. */
export type ErrorMessages = Pick<
  MigrationLogMessages,
  'errorHttp' | 'errorNetwork' | 'errorTimeout' | 'errorInvalidResponse' | 'errorUnknown'
>;

/**
 * What to tell the user about an error, in the language of `messages`: the server's (or host's)
 * own words when there are some, else the entry for its kind. Never throws.
 */
export function errorText(error: unknown, messages: ErrorMessages): string {
  if (!(error instanceof MigrationLogError)) return errorMessage(error, messages.errorUnknown);
  // nonBlank: a plain-JS data source may build one with a detail that is not text, or blank.
  const detail = nonBlank(error.detail);
  if (detail) return truncate(detail, MAX_MESSAGE);
  if (error.kind === 'http') return messages.errorHttp(error.status ?? 0);
  // No prototype: a hand-built kind such as `toString` finds nothing, so it reads as unknown.
  const texts = {
    __proto__: null,
    network: messages.errorNetwork,
    timeout: messages.errorTimeout,
    'invalid-response': messages.errorInvalidResponse,
  } as Partial<Record<MigrationLogErrorKind, string>>;
  return texts[error.kind] ?? messages.errorUnknown;
}
