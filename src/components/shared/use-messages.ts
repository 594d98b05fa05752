import { useMemo } from 'react';
import { type MigrationLogMessageOverrides, type MigrationLogMessages, resolveMessages } from '../../core/messages.js';

/** Resolves a host's partial messages once per change of the object. */
export function useMessages(messages: MigrationLogMessageOverrides | undefined): MigrationLogMessages {
  return useMemo(() => resolveMessages(messages), [messages]);
}
