import { createContext, type ReactNode, useContext } from 'react';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLog } from '../../core/types.js';

/** What cells need besides their row; changes re-render every cell (a locale switch must). */
export interface TableRenderContext {
  messages: MigrationLogMessages;
  locale: string | undefined;
  timeZone: string | undefined;
  onOpenDetails: ((id: string, opener: HTMLElement) => void) | undefined;
  rowActions: ((row: MigrationLog) => ReactNode) | undefined;
}

export const TableRenderContextValue = createContext<TableRenderContext | null>(null);

export function useTableRenderContext(): TableRenderContext {
  const context = useContext(TableRenderContextValue);
  if (!context) throw new Error('Migration log cells must be rendered inside <MigrationLogTable>.');
  return context;
}
