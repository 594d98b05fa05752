import { errorMessage, MigrationLogError } from '../../core/errors.js';
import { isObject, nonBlank } from '../../core/normalize-values.js';

/** Plain text longer than this is more likely a stack trace or page than a message for a user. */
const MAX_PLAIN_TEXT = 300;

/** The message of the usual JSON error shapes, RFC 9457 problem details included. */
function jsonMessage(body: unknown): string | null {
  // A JSON string is the message itself.
  if (!isObject(body)) return nonBlank(body);
  // Parsed JSON has no getters: `.message` of a string, number or array is just undefined.
  const nested = (body.error as { message?: unknown } | null | undefined)?.message;
  return (
    nonBlank(body.message) ?? nonBlank(body.error) ?? nonBlank(nested) ?? nonBlank(body.detail) ?? nonBlank(body.title)
  );
}

/**
 * What the server said, when it said something fit for a user: a JSON message, or short plain
 * text. Never markup: proxies answer with HTML error pages that must not reach the screen.
 */
export function serverMessage(text: string, contentType: string | null): string | null {
  if (contentType?.toLowerCase().includes('html')) return null;
  const trimmed = text.trim();
  if (trimmed === '') return null;
  try {
    return jsonMessage(JSON.parse(trimmed));
  } catch {
    // Not JSON: maybe plain text.
  }
  if (trimmed.length > MAX_PLAIN_TEXT || /<[a-z!/?]/i.test(trimmed)) return null;
  return trimmed.replace(/\s+/g, ' ');
}

/** The typed error for a non-2xx answer, carrying its status and the server's message. */
export function httpError(response: Response, body: string): MigrationLogError {
  // HTTP/2 has no reason phrase: then the status alone.
  const reason = response.statusText.trim();
  const generic = `The server answered ${response.status}${reason ? ` ${reason}` : ''}.`;
  const message = serverMessage(body, response.headers.get('content-type'));
  const detail = message === null ? null : errorMessage(message, generic);
  return new MigrationLogError(detail ?? generic, { kind: 'http', status: response.status, detail });
}
