import { isObject } from './normalize-values.js';
import type { MigrationStatusOrUnknown } from './types.js';

/**
 * Every string the UI shows. Hosts pass a partial object to override any of them; functions take
 * the values they interpolate so translations can reorder words.
 */
export interface MigrationLogMessages {
  statusLabels: Record<MigrationStatusOrUnknown, string>;
  statusDescriptions: Record<MigrationStatusOrUnknown, string>;
  /** Shown with Error and Completed-Warning; the host's support text. Empty by default. */
  supportText: string;
  /** Label of an unknown status; shows the raw value the server sent. */
  unknownStatusLabel: (raw: string) => string;
  columnStartTime: string;
  columnEndTime: string;
  columnGeneratedBy: string;
  columnCutoverDate: string;
  columnProgress: string;
  columnStatus: string;
  columnActions: string;
  tableCaption: string;
  notAvailable: string;
  /** Visible text of each row's details button. */
  viewDetails: string;
  /**
   * The details button's accessible name. It must contain `viewDetails` (WCAG 2.5.3 label in name:
   * speech users say what they see).
   */
  viewDetailsOf: (rowDescription: string) => string;
  migrationStartedAt: (start: string) => string;
  migrationWithId: (id: string) => string;
  utcTime: (iso: string) => string;
  progressLabel: string;
  durationUnits: { day: string; hour: string; minute: string; second: string };
  loading: string;
  refreshing: string;
  updatedAgo: (seconds: number) => string;
  empty: string;
  emptyFiltered: string;
  errorTitle: string;
  /** Shown for an HTTP error whose answer carried no message of the server's. */
  errorHttp: (status: number) => string;
  /** Shown when no answer got through (offline, DNS, CORS, the connection dropped mid-answer); a timeout has `errorTimeout`. */
  errorNetwork: string;
  /** Shown when the server took longer than the data source waits (the fetch source's `timeout`). */
  errorTimeout: string;
  /** Shown when an answer breaks the data-source contract (not JSON, wrong shape, another migration). */
  errorInvalidResponse: string;
  /** Shown when a data source failed without saying why. */
  errorUnknown: string;
  retry: string;
  resetFilters: string;
  filterStatus: string;
  searchLabel: string;
  searchPlaceholder: string;
  startedFrom: string;
  startedTo: string;
  pageSize: string;
  pageOf: (page: number, pageCount: number | null) => string;
  totalItems: (total: number) => string;
  /** Accessible name of the table's pagination. */
  pagination: string;
  /** Scroll mode, when a list is longer than a browser can scroll: how many rows can be reached. */
  scrollLimited: (shown: number, total: number) => string;
  firstPage: string;
  previousPage: string;
  nextPage: string;
  lastPage: string;
  columns: string;

  // --- Details dialog ---------------------------------------------------------------------------
  /** Title of the details dialog. */
  detailsTitle: string;
  /** The dialog's description under its title. */
  detailsDescription: (id: string) => string;
  /** Accessible name of the dialog's close button. */
  close: string;
  detailsLoading: string;
  detailsNotFound: (id: string) => string;
  detailsErrorTitle: string;
  /** Shown above details that are still on screen when a refresh failed. */
  detailsRefreshFailed: string;
  migrationIdLabel: string;
  durationLabel: string;
  /** Visible text of the copy button; its accessible name is `copyIdLabel`. */
  copy: string;
  /** The copy button's accessible name; it must contain `copy` (WCAG 2.5.3 label in name). */
  copyIdLabel: string;
  copied: string;
  copyFailed: string;
  /** Toggle button revealing exact UTC times as text. */
  showUtcTimes: string;
  recordsHeading: string;
  recordsProgress: (processed: string, total: string, percent: string) => string;
  countSucceeded: string;
  countFailed: string;
  countSkipped: string;
  countWarnings: string;
  objectsCaption: string;
  objectName: string;
  objectTotal: string;
  objectProcessed: string;
  objectFailed: string;
  objectSkipped: string;
  noObjects: string;
  issuesHeading: string;
  issueFilterLabel: string;
  issueFilterAll: string;
  issueFilterErrors: string;
  issueFilterWarnings: string;
  issueLevelError: string;
  issueLevelWarning: string;
  issueObject: string;
  issueRecordKey: string;
  /** How often a grouped message occurred; `formatted` is `count` in the locale. */
  issueOccurrences: (count: number, formatted: string) => string;
  issuesLoading: string;
  issuesEmpty: string;
  issuesEmptyErrors: string;
  issuesEmptyWarnings: string;
  issuesErrorTitle: string;
  issuesPagination: string;
  parametersHeading: string;
  noParameters: string;
  resultFile: string;
  cancelMigration: string;
  cancelQuestion: string;
  cancelConfirm: string;
  cancelKeepRunning: string;
  cancelPending: string;
  cancelFailedTitle: string;
  cancelDone: string;
}

const statusLabels: Record<MigrationStatusOrUnknown, string> = {
  accepted: 'Accepted',
  'in-progress': 'In progress',
  error: 'Error',
  completed: 'Completed',
  'completed-warning': 'Completed-Warning',
  unknown: 'Unknown',
};

/** English defaults. */
export const defaultMessages: MigrationLogMessages = {
  statusLabels,
  statusDescriptions: {
    accepted: 'The migration request is accepted.',
    'in-progress': 'The data migration is in progress.',
    error: 'Some errors occurred and the migration was not successful.',
    completed: 'The migration is completed and all the data was generated successfully.',
    'completed-warning':
      'The migration is completed, but the data was only partly generated: some could not be generated.',
    unknown: 'The server reported a status this view does not know.',
  },
  supportText: '',
  unknownStatusLabel: (raw) => (raw ? `Unknown (${raw})` : 'Unknown'),
  columnStartTime: 'Start Time',
  columnEndTime: 'End Time',
  columnGeneratedBy: 'Generated By',
  columnCutoverDate: 'Cutover Date',
  columnProgress: 'Progress',
  columnStatus: 'Status',
  columnActions: 'Actions',
  tableCaption: 'Migration log',
  notAvailable: '—',
  viewDetails: 'Details',
  viewDetailsOf: (row) => `View details of the ${row}`,
  migrationStartedAt: (start) => `migration started ${start}`,
  migrationWithId: (id) => `migration ${id}`,
  utcTime: (iso) => `UTC: ${iso}`,
  progressLabel: 'Migration progress',
  durationUnits: { day: 'd', hour: 'h', minute: 'min', second: 's' },
  loading: 'Loading migrations…',
  refreshing: 'Refreshing…',
  updatedAgo: (s) =>
    s < 5 ? 'Updated just now' : s < 60 ? `Updated ${s} seconds ago` : `Updated ${Math.floor(s / 60)} min ago`,
  empty: 'No migrations yet.',
  emptyFiltered: 'No migrations match these filters.',
  errorTitle: 'The migrations could not be loaded.',
  errorHttp: (status) => `The server answered with status ${status}.`,
  errorNetwork: 'The connection to the server failed. Check the connection and try again.',
  errorTimeout: 'The server did not answer in time. Try again later.',
  errorInvalidResponse: 'The server sent a response this view cannot read.',
  errorUnknown: 'Something went wrong.',
  retry: 'Retry',
  resetFilters: 'Reset filters',
  filterStatus: 'Status',
  searchLabel: 'Search',
  searchPlaceholder: 'Search by id or user',
  startedFrom: 'Started from',
  startedTo: 'Started to',
  pageSize: 'Rows per page',
  pageOf: (page, count) => (count === null ? `Page ${page}` : `Page ${page} of ${count}`),
  totalItems: (total) => `${total.toLocaleString('en-US')} ${total === 1 ? 'migration' : 'migrations'}`,
  scrollLimited: (shown, total) =>
    `Showing the first ${shown.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}. Narrow the list with the filters to reach the rest.`,
  pagination: 'Pages',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
  columns: 'Columns',

  // --- Details dialog ---------------------------------------------------------------------------
  detailsTitle: 'Migration log details',
  detailsDescription: (id) => `Migration ${id}`,
  close: 'Close',
  detailsLoading: 'Loading migration details…',
  detailsNotFound: (id) => `Migration ${id} was not found.`,
  detailsErrorTitle: 'The migration details could not be loaded.',
  detailsRefreshFailed: 'The details could not be refreshed. The values below may be out of date.',
  migrationIdLabel: 'Migration ID',
  durationLabel: 'Duration',
  copy: 'Copy',
  copyIdLabel: 'Copy migration ID',
  copied: 'Copied',
  copyFailed: 'Could not copy. The ID is selected: copy it with your keyboard.',
  showUtcTimes: 'Show UTC times',
  recordsHeading: 'Records',
  recordsProgress: (processed, total, percent) => `${processed} of ${total} records (${percent})`,
  countSucceeded: 'Succeeded',
  countFailed: 'Failed',
  countSkipped: 'Skipped',
  countWarnings: 'Warnings',
  objectsCaption: 'Records by object',
  objectName: 'Object',
  objectTotal: 'Total',
  objectProcessed: 'Processed',
  objectFailed: 'Failed',
  objectSkipped: 'Skipped',
  noObjects: 'No per-object breakdown is available.',
  issuesHeading: 'Errors and warnings',
  issueFilterLabel: 'Show',
  issueFilterAll: 'All',
  issueFilterErrors: 'Errors',
  issueFilterWarnings: 'Warnings',
  issueLevelError: 'Error',
  issueLevelWarning: 'Warning',
  issueObject: 'Object',
  issueRecordKey: 'Record',
  issueOccurrences: (count, formatted) => (count === 1 ? 'once' : `${formatted} times`),
  issuesLoading: 'Loading errors and warnings…',
  issuesEmpty: 'No errors or warnings.',
  issuesEmptyErrors: 'No errors.',
  issuesEmptyWarnings: 'No warnings.',
  issuesErrorTitle: 'The errors and warnings could not be loaded.',
  issuesPagination: 'Errors and warnings pages',
  parametersHeading: 'Parameters',
  noParameters: 'No parameters.',
  resultFile: 'Download result file',
  cancelMigration: 'Cancel migration',
  cancelQuestion: 'Cancel migration?',
  cancelConfirm: 'Confirm',
  cancelKeepRunning: 'Keep running',
  cancelPending: 'Cancelling…',
  cancelFailedTitle: 'The migration could not be cancelled.',
  cancelDone: 'The migration was cancelled.',
};

type NestedMessages = 'statusLabels' | 'statusDescriptions' | 'durationUnits';

/** What a host passes: any subset of the messages, nested maps partial too. */
export type MigrationLogMessageOverrides = Partial<Omit<MigrationLogMessages, NestedMessages>> & {
  [K in NestedMessages]?: Partial<MigrationLogMessages[K]>;
};

/**
 * `overrides` over `defaults`, key by key: an undefined override keeps the default, and a nested
 * record (status labels, descriptions, duration units) is merged the same way, one entry at a time.
 */
function merge(defaults: object, overrides: unknown): object {
  // Spread, not assignment: a `__proto__` key in a host's (parsed JSON) messages stays a plain key.
  const result: Record<string, unknown> = { ...defaults, ...(overrides as object) };
  for (const [key, value] of Object.entries(result)) {
    const fallback = (defaults as Record<string, unknown>)[key];
    if (isObject(fallback)) result[key] = merge(fallback, value);
    else if (value === undefined) result[key] = fallback;
  }
  return result;
}

/** Merges a host's partial messages over the defaults (nested records merged one level deep). */
export function resolveMessages(overrides?: MigrationLogMessageOverrides): MigrationLogMessages {
  return overrides ? (merge(defaultMessages, overrides) as MigrationLogMessages) : defaultMessages;
}
