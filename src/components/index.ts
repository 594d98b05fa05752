export * from './details-dialog/index.js';
export type { ViewProps } from './shared/view-props.js';
export type { StatusBadgeProps } from './status-badge/StatusBadge.js';
export { StatusBadge } from './status-badge/StatusBadge.js';
export type { MigrationLogColumnId, MigrationLogExtraColumn } from './table/columns.js';
export type { MigrationLogTableProps } from './table/MigrationLogTable.js';
export { MigrationLogTable } from './table/MigrationLogTable.js';
export type { MigrationLogViewProps } from './view/MigrationLogView.js';
export { MigrationLogView } from './view/MigrationLogView.js';
