import type { ComponentType } from 'react';
import type { ScrollTableProps } from './ScrollTable.js';

/**
 * A non-default way for `<MigrationLogTable>` to lay out its rows, passed as `mode`. Modes are
 * values rather than names so that a host imports only the ones it uses: the scroll mode brings
 * TanStack Virtual's list and chunked fetching, which a paged table never needs.
 */
export interface MigrationLogTableMode {
  /** What the mode is called; also the table's `data-mode`. */
  readonly name: 'scroll';
  /** The component that renders the rows in this mode (internal; use the exported modes). */
  readonly Table: ComponentType<ScrollTableProps>;
}

/** The table's layout: `'paged'` (the default) or an imported mode such as `scrollMode`. */
export type MigrationLogTableModeOption = 'paged' | MigrationLogTableMode;

/** The mode object when one was given; `null` for the paged default (and anything unrecognised). */
export function tableModeOf(mode: MigrationLogTableModeOption | undefined): MigrationLogTableMode | null {
  return typeof mode === 'object' && mode !== null && typeof mode.Table === 'function' ? mode : null;
}
