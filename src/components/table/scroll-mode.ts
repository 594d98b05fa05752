import { ScrollTable } from './ScrollTable.js';
import type { MigrationLogTableMode } from './table-mode.js';

/**
 * The scrolling mode for long histories: `<MigrationLogView mode={scrollMode} />`. One list over
 * the whole history with a sticky header; rows are virtualised and fetched in chunks as they come
 * into view (sort and filter stay server-side; the query's page index and size are not used). The
 * scroll area's height is the `--mlv-table-scroll-height` token (default `min(70vh, 48rem)`).
 * A separate import, so pages that only page through migrations do not ship it.
 */
export const scrollMode: MigrationLogTableMode = { name: 'scroll', Table: ScrollTable };
