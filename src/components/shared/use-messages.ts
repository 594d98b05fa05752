import { type MigrationLogMessageOverrides, type MigrationLogMessages, resolveMessages } from '../../core/messages.js';

// Parts pass the resolved messages down to every status badge in every row; merging them again
// for each badge that mounts while a long list scrolls is measurable, so results are kept per object.
const resolved = new WeakMap<MigrationLogMessageOverrides, MigrationLogMessages>();

/**
 * Resolves a host's partial messages once per object; the same object gives the same result, so it
 * needs no memo (and, no hook inside, may be called anywhere).
 */
export function useMessages(messages: MigrationLogMessageOverrides | undefined): MigrationLogMessages {
  if (!messages) return resolveMessages(messages);
  let result = resolved.get(messages);
  if (!result) {
    result = resolveMessages(messages);
    resolved.set(messages, result);
    // Resolving resolved messages gives the same messages: remember that too.
    resolved.set(result, result);
  }
  return result;
}
