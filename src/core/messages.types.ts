import type { MigrationStatusOrUnknown } from './types.js';

/**
 * Every string the UI shows. Hosts pass a partial object to override any of them; functions take
 * the values they interpolate so translations can reorder words.
 */
export interface MigrationLogMessages {
  /** Status names: the badge's visible label (table and dialog) and the labels of the status filter's checkboxes. */
  statusLabels: Record<MigrationStatusOrUnknown, string>;
  /**
   * What each status means: the badge's description (visually hidden; a tooltip on hover and focus in the table)
   * and, visible, the text under the status in the dialog.
   */
  statusDescriptions: Record<MigrationStatusOrUnknown, string>;
  /** Shown with Error and Completed-Warning; the host's support text. Empty by default. */
  supportText: string;
  /** Label of an unknown status; shows the raw value the server sent (`raw` trimmed, '' when missing). */
  unknownStatusLabel: (raw: string) => string;
  /** Header of the start time column and its entry in the column menu; also a field label in the dialog. */
  columnStartTime: string;
  /** Header of the end time column and its entry in the column menu; also a field label in the dialog. */
  columnEndTime: string;
  /** Header of the generated-by column and its entry in the column menu; also a field label in the dialog. */
  columnGeneratedBy: string;
  /** Header of the cutover date column and its entry in the column menu; also a field label in the dialog. */
  columnCutoverDate: string;
  /** Header of the progress column and its entry in the column menu. */
  columnProgress: string;
  /** Header of the status column and its entry in the column menu; also the heading of the dialog's status section. */
  columnStatus: string;
  /** Header of the actions column (details button, host's row actions); always shown, not in the column menu. */
  columnActions: string;
  /** The table's `<caption>`, its accessible name; visually hidden by the default styles. */
  tableCaption: string;
  /** Visible mark for a missing or invalid value: in cells, dialog fields and counts, a blank message or parameter. */
  notAvailable: string;
  /** Visible text of each row's details button. */
  viewDetails: string;
  /**
   * The details button's accessible name. It must contain `viewDetails` (WCAG 2.5.3 label in name:
   * speech users say what they see). `rowDescription` is `migrationStartedAt` or `migrationWithId`.
   */
  viewDetailsOf: (rowDescription: string) => string;
  /** Names a row in `viewDetailsOf` when its start is known; `start` is formatted in the view's locale and zone. */
  migrationStartedAt: (start: string) => string;
  /** Names a row in `viewDetailsOf` when its start time is missing; `id` is the migration's id. */
  migrationWithId: (id: string) => string;
  /**
   * Exact time of a shown instant: the `title` (tooltip, accessible description) of every time, and visible under
   * each time in the dialog while "Show UTC times" is on. `iso` is ISO 8601 in UTC (`2024-05-01T12:00:00.000Z`).
   */
  utcTime: (iso: string) => string;
  /** Accessible name of every progress bar (table rows, the dialog's records); screen readers only. */
  progressLabel: string;
  /** Units of the dialog's duration: its largest unit and the next one down, zeros left out (`2 h 5 min`). */
  durationUnits: { day: string; hour: string; minute: string; second: string };
  /** Status line over the table while rows load and none are shown yet; visible and announced. */
  loading: string;
  /**
   * Status line while other rows (page, sort, filter) load and the previous ones stay shown; visible and announced.
   * Background polls show nothing.
   */
  refreshing: string;
  /** Age of the rows shown, in the status line; visible, not announced. `seconds`: whole seconds since they loaded. */
  updatedAgo: (seconds: number) => string;
  /** The table's only row when the source has no migrations. */
  empty: string;
  /** The table's only row when the filters match nothing; a `resetFilters` button follows it. */
  emptyFiltered: string;
  /** Title of the alert over the table when the list failed to load; the reason and `retry` follow. */
  errorTitle: string;
  /**
   * Last line of the list's and the issues' alerts when what they show beside it is the previous result
   * (a page, filter, sort, search or issue level asked for failed to load), not the one the controls now name.
   */
  previousResults: string;
  /**
   * Shown for an HTTP error whose answer carried no message of the server's. Like the four below, it is the
   * reason line of an alert (list, details, issues, cancel). `status` is the HTTP status, 0 when unknown.
   */
  errorHttp: (status: number) => string;
  /**
   * Shown when no answer got through (offline, DNS, CORS, the connection dropped mid-answer); a timeout has
   * `errorTimeout`.
   */
  errorNetwork: string;
  /** Shown when the server took longer than the data source waits (the fetch source's `timeout`). */
  errorTimeout: string;
  /** Shown when an answer breaks the data-source contract (not JSON, wrong shape, another migration). */
  errorInvalidResponse: string;
  /** Shown when a data source failed without saying why. */
  errorUnknown: string;
  /** Button of the list's, the details' and the issues' alerts that loads again. */
  retry: string;
  /** Toolbar button clearing every filter (unavailable while none is set); also in the row of `emptyFiltered`. */
  resetFilters: string;
  /** Visible legend of the toolbar's status checkboxes. */
  filterStatus: string;
  /** Visible label of the toolbar's search field. */
  searchLabel: string;
  /** Placeholder of the search field: a hint only, gone once the user types. */
  searchPlaceholder: string;
  /** Label of the toolbar's first date field: starts on or after that day, in the view's time zone. */
  startedFrom: string;
  /** Label of the toolbar's second date field: starts on or before that day, in the view's time zone. */
  startedTo: string;
  /** Visible label of the pager's rows-per-page select. */
  pageSize: string;
  /**
   * The page in the table's pager and in the issues pager; announced on a page turn. `page` is 1-based;
   * `pageCount` is null when the total is unknown.
   */
  pageOf: (page: number, pageCount: number | null) => string;
  /** Migrations matching the filters, in the pager (scroll mode: under the table); absent when the total is unknown. */
  totalItems: (total: number) => string;
  /** Accessible name of the table's pagination. */
  pagination: string;
  /**
   * Scroll mode, when a list is longer than a browser can scroll: how many rows can be reached. Under the table;
   * `shown` rows reachable of `total` matching. Optional: its English default ships with `scrollMode`, so pages
   * that only page do not carry it.
   */
  scrollLimited?: (shown: number, total: number) => string;
  /**
   * Scroll mode, announced (politely, screen readers only) when a refresh took the focused migration out of every
   * loaded row (it left the list, or moved past the loaded chunks) and focus stays on its place: `row` names the
   * migration now there, as `migrationStartedAt` or `migrationWithId`. Optional: its English default ships with
   * `scrollMode`, so pages that only page do not carry it.
   */
  focusedRowReplaced?: (row: string) => string;
  /** Accessible name of the pager's « button. */
  firstPage: string;
  /** Accessible name of the pager's ‹ button; the visible text of the issues pager's first button. */
  previousPage: string;
  /** Accessible name of the pager's › button; the visible text of the issues pager's last button. */
  nextPage: string;
  /** Accessible name of the pager's » button, which is absent while the total is unknown. */
  lastPage: string;
  /** Text of the column menu's toggle, and the legend of its checkboxes (screen readers only). */
  columns: string;

  // --- Details dialog ---------------------------------------------------------------------------
  /** Title of the details dialog; also the accessible name of its scrolling body. */
  detailsTitle: string;
  /** The dialog's description under its title; `id` is the id the dialog was opened with. */
  detailsDescription: (id: string) => string;
  /** Accessible name of the dialog's close button. */
  close: string;
  /** Announced while the details load (the visible placeholders are shapes); screen readers only. */
  detailsLoading: string;
  /** Alert title (no reason, with `retry`) when the source answered 404 and no details are shown; `id` as opened. */
  detailsNotFound: (id: string) => string;
  /** Alert title when no details could be loaded; the reason and `retry` follow. */
  detailsErrorTitle: string;
  /** Shown above details that are still on screen when a refresh failed. */
  detailsRefreshFailed: string;
  /** Label of the dialog's id field. */
  migrationIdLabel: string;
  /** Label of the dialog's duration field: end − start, or the time so far (ticking) while active. */
  durationLabel: string;
  /** Visible text of the copy button; its accessible name is `copyIdLabel`. */
  copy: string;
  /** The copy button's accessible name; it must contain `copy` (WCAG 2.5.3 label in name). */
  copyIdLabel: string;
  /** Beside the copy button for 3 seconds after the id was copied; visible and announced. */
  copied: string;
  /** Beside the copy button for 3 seconds when the clipboard refused; the id is selected instead. Announced. */
  copyFailed: string;
  /** Toggle button revealing exact UTC times as text. */
  showUtcTimes: string;
  /** Heading of the dialog's records section: progress bar and counts. */
  recordsHeading: string;
  /**
   * Text after the dialog's progress bar, and its `aria-valuetext`, when processed and total are known. All three
   * are formatted in the locale; `percent` is the migration's `progress` with `%`, not processed / total.
   */
  recordsProgress: (processed: string, total: string, percent: string) => string;
  /** Label of the dialog's count of records generated. */
  countSucceeded: string;
  /** Label of the dialog's count of records that could not be generated. */
  countFailed: string;
  /** Label of the dialog's count of records skipped. */
  countSkipped: string;
  /** Label of the dialog's count of warnings. */
  countWarnings: string;
  /** Caption of the dialog's per-object table; also the accessible name of its scroll region (or of `noObjects`). */
  objectsCaption: string;
  /** Header of the per-object table's first column: the object type. */
  objectName: string;
  /** Header of the per-object table's column of records to migrate. */
  objectTotal: string;
  /** Header of the per-object table's column of records handled so far. */
  objectProcessed: string;
  /** Header of the per-object table's column of records that could not be generated. */
  objectFailed: string;
  /** Header of the per-object table's column of records skipped. */
  objectSkipped: string;
  /** Shown in place of the per-object table when the details list no objects. */
  noObjects: string;
  /** Button under the first 50 rows of the per-object table; shows them all. `count` is the total. */
  showAllObjects: (count: number) => string;
  /** Heading of the dialog's errors and warnings; focus moves to it after a page turn. */
  issuesHeading: string;
  /** Visible legend of the All / Errors / Warnings toggle buttons. */
  issueFilterLabel: string;
  /** Toggle button showing errors and warnings. */
  issueFilterAll: string;
  /** Toggle button showing errors only. */
  issueFilterErrors: string;
  /** Toggle button showing warnings only. */
  issueFilterWarnings: string;
  /** Visible tag at the start of each error. */
  issueLevelError: string;
  /** Visible tag at the start of each warning. */
  issueLevelWarning: string;
  /** Label of an issue's object type; the field is absent when the issue has none. */
  issueObject: string;
  /** Label of the key of the record an issue is about; the field is absent when the issue has none. */
  issueRecordKey: string;
  /** How often a grouped message occurred; `formatted` is `count` in the locale. Shown only when `count` > 1. */
  issueOccurrences: (count: number, formatted: string) => string;
  /** Shown and announced while issues load and none are shown. */
  issuesLoading: string;
  /** Shown when the migration has no errors or warnings (filter All). */
  issuesEmpty: string;
  /** Shown when the Errors filter finds nothing. */
  issuesEmptyErrors: string;
  /** Shown when the Warnings filter finds nothing. */
  issuesEmptyWarnings: string;
  /** Alert title when a page of issues failed to load; the reason and `retry` follow. */
  issuesErrorTitle: string;
  /** Accessible name of the issues pager; screen readers only. */
  issuesPagination: string;
  /** Heading of the dialog's parameters. */
  parametersHeading: string;
  /** Shown in place of the parameters when there are none. */
  noParameters: string;
  /** Button under the first 50 parameters of a longer list; shows them all. `count` is the total. */
  showAllParameters: (count: number) => string;
  /** Text of the link that downloads the result file; absent when the details have no usable URL. */
  resultFile: string;
  /** Button of an Accepted or In progress migration that asks to cancel it; absent when the source has no `cancel`. */
  cancelMigration: string;
  /** Legend of the inline confirmation that replaces `cancelMigration`. */
  cancelQuestion: string;
  /** The confirmation's button that sends the cancel request (again, after a failure). */
  cancelConfirm: string;
  /** The confirmation's button that closes it without cancelling. */
  cancelKeepRunning: string;
  /** Text of the confirm button, disabled, while the request runs. */
  cancelPending: string;
  /** Alert title in the confirmation when the request failed; the reason follows. */
  cancelFailedTitle: string;
  /** Status, focused and announced, once the cancel request succeeded. */
  cancelDone: string;
}

type NestedMessages = 'statusLabels' | 'statusDescriptions' | 'durationUnits';

/** What a host passes: any subset of the messages, nested maps partial too. */
export type MigrationLogMessageOverrides = Partial<Omit<MigrationLogMessages, NestedMessages>> & {
  [K in NestedMessages]?: Partial<MigrationLogMessages[K]>;
};
