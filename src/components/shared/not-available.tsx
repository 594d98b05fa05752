import type { MigrationLogMessages } from '../../core/messages.js';

/** The "not available" mark (—) for a missing or invalid value, styled as empty. */
export function notAvailable(messages: MigrationLogMessages) {
  return <span className="mlv-empty-value">{messages.notAvailable}</span>;
}
