export type { MigrationLogDetailsDialogProps } from './MigrationLogDetailsDialog.js';
export { MigrationLogDetailsDialog } from './MigrationLogDetailsDialog.js';
