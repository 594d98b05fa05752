import type { ReactNode } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLog } from '../../core/types.js';

/**
 * What cells need besides their row. Every row gets it as a prop; a new one re-renders every row
 * (a locale switch must), so the table keeps it stable otherwise.
 */
export interface TableRenderContext {
  messages: MigrationLogMessages;
  locale: string | undefined;
  timeZone: string | undefined;
  onOpenDetails: ((id: string, opener: HTMLElement) => void) | undefined;
  rowActions: ((row: MigrationLog) => ReactNode) | undefined;
}
