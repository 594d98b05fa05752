import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import type { MigrationLogDataSource, MigrationLogQuery } from '../../core/types.js';
import type { MigrationLogQueryUpdate } from '../../hooks/query-patch.js';
import type { TableColumn } from './columns.js';
import type { TableRenderContext } from './table-context.js';

/** What `<MigrationLogTable>` hands the body of its mode: the query, the columns, the words (in `renderContext`). */
export interface TableBodyProps {
  dataSource: MigrationLogDataSource;
  query: MigrationLogQuery;
  setQuery: (update: MigrationLogQueryUpdate) => void;
  refreshInterval: number | undefined;
  queryClient: QueryClient | undefined;
  /** Page size choices (paged mode). */
  pageSizes: readonly number[];
  /** Rows per request (scroll mode); the hook's default when undefined. */
  scrollPageSize: number | undefined;
  columns: TableColumn[];
  filtered: boolean;
  onResetFilters: () => void;
  /** Also the messages and locale of everything else the body shows. */
  renderContext: TableRenderContext;
  now: number | undefined;
}

/**
 * A non-default way for `<MigrationLogTable>` to lay out its rows, passed as `mode`. Modes are
 * values rather than names so that a host imports only the ones it uses: the scroll mode brings
 * TanStack Virtual's list and chunked fetching, which a paged table never needs.
 */
export interface MigrationLogTableMode {
  /** What the mode is called; also the table's `data-mode`. */
  readonly name: 'paged' | 'scroll';
  /** The component that fetches and renders the rows in this mode (internal; use the exported modes). */
  readonly Table: ComponentType<TableBodyProps>;
}

/** The table's layout: `'paged'` (the default) or an imported mode such as `scrollMode`. */
export type MigrationLogTableModeOption = 'paged' | MigrationLogTableMode;

// Bundlers replace `process.env.NODE_ENV`; the library needs no Node types for that.
declare const process: { env: { NODE_ENV?: string } };

let warned = false;

/** The mode object when one was given; `null` for the paged default (and anything unrecognised). */
export function tableModeOf(mode: MigrationLogTableModeOption | undefined): MigrationLogTableMode | null {
  if (typeof mode === 'object' && mode !== null && typeof mode.Table === 'function') return mode;
  // Plain JS can pass the name of a mode TypeScript would reject: say once why it pages. The
  // NODE_ENV test comes first so that production bundles drop the whole branch.
  if (process.env.NODE_ENV !== 'production' && mode !== undefined && mode !== 'paged' && !warned) {
    warned = true;
    console.warn(
      `migration-log-view: mode=${JSON.stringify(mode)} is not a table mode, so the table pages. Modes are imports: \`import { scrollMode } from 'migration-log-view'\` and pass mode={scrollMode}.`,
    );
  }
  return null;
}
