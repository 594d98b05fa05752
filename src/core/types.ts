/**
 * Wire and view-model types shared by every layer. Wire types (`*Record`, `*Page`) describe what a
 * data source returns and are never trusted; view-model types (`MigrationLog`, `MigrationLogDetails`)
 * are what normalisation produces and what the hooks and components render.
 */

/** The five statuses a migration can be in. */
export type MigrationStatus = 'accepted' | 'in-progress' | 'error' | 'completed' | 'completed-warning';

/** A normalised status: one of the five, or `unknown` when the data source sent something else. */
export type MigrationStatusOrUnknown = MigrationStatus | 'unknown';

/** Fields a migration list can be sorted by. */
export type MigrationLogSortField = 'startTime' | 'endTime' | 'generatedBy' | 'cutoverDate' | 'progress' | 'status';

/** Ascending (A→Z, oldest, lowest first) or descending. */
export type SortDirection = 'asc' | 'desc';

/** The order of a migration list: one field, one direction. */
export interface MigrationLogSort {
  /** The field rows are ordered by. */
  field: MigrationLogSortField;
  /** `asc` or `desc`. */
  direction: SortDirection;
}

/** Which migrations a list shows; every field narrows it, and an empty filter means all. */
export interface MigrationLogFilter {
  /** Only these statuses; empty or missing means all. */
  statuses?: MigrationStatus[];
  /** Case-insensitive substring of the user who started the migration. */
  generatedBy?: string;
  /** ISO instant; start time at or after it. */
  startedFrom?: string;
  /** ISO instant; start time at or before it. */
  startedTo?: string;
  /** Free text over id, generated-by and status. */
  search?: string;
}

/** What the view asks a data source for: one page, sorted and filtered server-side. */
export interface MigrationLogQuery {
  /** 0-based page index. */
  pageIndex: number;
  /** Rows per page. */
  pageSize: number;
  /** The order to return rows in, applied by the source. */
  sort: MigrationLogSort;
  /** Which migrations to return, applied by the source; an empty filter means all. */
  filter: MigrationLogFilter;
}

/** One migration as a data source returns it (untrusted wire data). */
export interface MigrationLogRecord {
  /**
   * Kept exactly as sent and passed back to `get`, `listIssues` and `cancel`. A row without one, or with one longer
   * than 10,000 characters (an id is never cut), has no details action.
   */
  id: string;
  /** Any spelling of the five statuses (`COMPLETED_WARNING`, `In progress`, …); others show as Unknown. */
  status: string;
  /** ISO 8601 instant; without an offset it is read as UTC. */
  startTime?: string | null;
  /** ISO 8601 instant; missing while the migration is active. */
  endTime?: string | null;
  /** The user who started the migration. */
  generatedBy?: string | null;
  /** Calendar date `YYYY-MM-DD`. */
  cutoverDate?: string | null;
  /** 0–100. */
  progress?: number | null;
}

/** One page of migrations as a data source returns it (untrusted wire data). */
export interface MigrationLogPage {
  /** The page's migrations, in the query's order. */
  items: MigrationLogRecord[];
  /** Total number of migrations matching the filter, when the backend knows it (at most 2^53 − 1; a larger one counts as none). */
  total?: number;
  /** More rows follow this page; read when `total` is missing. */
  hasNextPage?: boolean;
}

/** Whether an issue is an error or a warning. */
export type IssueLevel = 'error' | 'warning';

/** One error or warning of a migration; `count` > 1 when the source grouped identical messages. */
export interface MigrationIssueRecord {
  /** A value starting with `warn` (any case) is a warning; anything else is an error. */
  level: IssueLevel | string;
  /** Shown as text, never as HTML. */
  message: string;
  /** The object type the record belongs to, e.g. "Invoice item". */
  object?: string | null;
  /** The key of the record that failed, e.g. "INV-00042". */
  recordKey?: string | null;
  /** How many times this message occurred (grouped); 1 when missing. */
  count?: number;
}

/** What the dialog asks `listIssues` for: one page, optionally of one level. */
export interface IssueQuery {
  /** 0-based page index. */
  pageIndex: number;
  /** Issues per page. */
  pageSize: number;
  /** Only errors or only warnings; missing means both. */
  level?: IssueLevel;
}

/** One page of a migration's issues as a data source returns it (untrusted wire data). */
export interface IssuePage {
  /** The page's issues. */
  items: MigrationIssueRecord[];
  /** Issues matching the level filter in total, when the backend knows it. */
  total?: number;
}

/** Per-object breakdown row of a migration's details. */
export interface MigrationObjectRecord {
  /** The object type, e.g. "Invoice item"; a row without a name is left out. */
  name: string;
  /** Records of this type to migrate. Counts that are negative or not numbers show as "—". */
  total?: number | null;
  /** Records of this type handled so far. */
  processed?: number | null;
  /** Records of this type that could not be generated. */
  failed?: number | null;
  /** Records of this type skipped. */
  skipped?: number | null;
}

/** Record counts of a whole migration. Counts that are negative or not numbers show as "—". */
export interface IssueCountsRecord {
  /** Records to migrate; with `processed`, the dialog's "processed of total". */
  total?: number | null;
  /** Records handled so far. */
  processed?: number | null;
  /** Records generated. */
  succeeded?: number | null;
  /** Records that could not be generated. */
  failed?: number | null;
  /** Records skipped. */
  skipped?: number | null;
  /** Warnings raised. */
  warnings?: number | null;
  /** Errors raised; the dialog does not show this count. */
  errors?: number | null;
}

/** Details of one migration as a data source returns it (untrusted wire data). */
export interface MigrationLogDetailsRecord extends MigrationLogRecord {
  /** The per-object breakdown. */
  objects?: MigrationObjectRecord[] | null;
  /** The first page of issues, so the dialog can show them without a second request. */
  issues?: IssuePage | null;
  /** Record counts of the whole migration. */
  issueCounts?: IssueCountsRecord | null;
  /** What the migration ran with: name → any JSON value, shown as text. */
  parameters?: Record<string, unknown> | null;
  /** A link to the result file: http(s) or relative; any other scheme is dropped. */
  resultFileUrl?: string | null;
}

/** Context passed to every data-source call. */
export interface RequestContext {
  /** Aborted when the request is superseded or its component unmounts. */
  signal: AbortSignal;
}

/**
 * The seam a host implements to connect the view to its backend.
 * Every method receives an AbortSignal; results are normalised and never trusted.
 */
export interface MigrationLogDataSource {
  /** One page of migrations for a query: sorted, filtered and paged by the source (server-side). */
  list(query: MigrationLogQuery, ctx: RequestContext): Promise<MigrationLogPage>;
  /** One migration's details by id, whether or not it is on a loaded page; a 404 is "not found". */
  get(id: string, ctx: RequestContext): Promise<MigrationLogDetailsRecord>;
  /**
   * One page of a migration's errors and warnings. Without it the dialog shows only the first page
   * embedded in the details (`issues`), with no paging or level filter requests.
   */
  listIssues?(id: string, query: IssueQuery, ctx: RequestContext): Promise<IssuePage>;
  /** Asks the backend to cancel an active migration. Without it there is no Cancel button. */
  cancel?(id: string, ctx: RequestContext): Promise<void>;
  /**
   * Push updates instead of polling: call `onChange` when migrations change; returns an unsubscribe
   * function. Without it the hooks poll while a shown migration is active.
   */
  subscribe?(onChange: () => void): () => void;
}

/** A migration after normalisation: safe to render. Text fields are trimmed and capped at 10,000 characters. */
export interface MigrationLog {
  /**
   * The id as sent (not trimmed; a number as text), passed back to the data source. When missing, blank or longer
   * than 10,000 characters: `''` (none is made up or cut); such a row offers no details.
   */
  id: string;
  /** Unique within a page even when the source sent duplicate ids (`#n`, its place in the list, without an id); use as a React key. */
  rowKey: string;
  /** One of the five statuses, from any spelling; `unknown` for anything else, a missing status included. */
  status: MigrationStatusOrUnknown;
  /** The status as the source sent it (trimmed; '' when missing), shown for unknown statuses. */
  rawStatus: string;
  /** ISO 8601 (read as UTC without an offset) or epoch ms; null when missing or not a valid instant. */
  startTime: Date | null;
  /** Read like `startTime`; null when missing (a running migration has none) or invalid. */
  endTime: Date | null;
  /** The user who started the migration; null when missing or blank. */
  generatedBy: string | null;
  /**
   * Calendar date `YYYY-MM-DD`, validated; never a Date, so it never shifts with time zones. Of a date-time only
   * the date part is kept; null when missing or not a real date.
   */
  cutoverDate: string | null;
  /** Clamped to 0–100, not rounded; null when missing or not a finite decimal number (numeric text counts). */
  progress: number | null;
}

/** One page of migrations after normalisation. Garbage (not an object, `items` not an array) is an empty page. */
export interface MigrationLogListResult {
  /** The page's migrations, in the source's order. */
  items: MigrationLog[];
  /**
   * Migrations matching the filter, a whole number, never fewer than the rows up to this page when it has any. Null
   * when the source sent none or one that is not a count (negative, not a number, or beyond 2^53 − 1).
   */
  total: number | null;
  /** The source's `hasNextPage` when it is a boolean; else true only when no total came and the page is full. */
  hasNextPage: boolean;
}

/** One error or warning after normalisation. */
export interface MigrationIssue {
  /** Stable key for rendering: the issue's 0-based position in the whole list, as text. */
  key: string;
  /** `warning` when the source's level starts with `warn` (any case); `error` otherwise, a missing level included. */
  level: IssueLevel;
  /** Trimmed and capped text; '' when missing (shown as `messages.notAvailable`). Rendered as text, never HTML. */
  message: string;
  /** The object type the record belongs to; null when missing or blank. */
  object: string | null;
  /** The key of the record the issue is about; null when missing or blank. */
  recordKey: string | null;
  /** How often the message occurred: a whole number, at least 1 (1 when missing or not a count). */
  count: number;
}

/** One page of issues after normalisation. Garbage is an empty page. */
export interface MigrationIssueList {
  /** The page's issues, in the source's order. */
  items: MigrationIssue[];
  /** Issues matching the level filter, never fewer than those up to this page; null when the source sent none or no count. */
  total: number | null;
}

/**
 * One row of the per-object breakdown. Each count is a whole number (fractions floored, decimal text read), or
 * null when missing, negative or not a number.
 */
export interface MigrationObjectStats {
  /** The object type; never blank (a row without a name is left out). */
  name: string;
  /** Records of this type to migrate. */
  total: number | null;
  /** Records of this type handled so far. */
  processed: number | null;
  /** Records of this type that could not be generated. */
  failed: number | null;
  /** Records of this type skipped. */
  skipped: number | null;
}

/**
 * Record counts of a whole migration. Each is a whole number (fractions floored, decimal text read), or null when
 * missing, negative or not a number.
 */
export interface IssueCounts {
  /** Records to migrate. */
  total: number | null;
  /** Records handled so far. */
  processed: number | null;
  /** Records generated. */
  succeeded: number | null;
  /** Records that could not be generated. */
  failed: number | null;
  /** Records skipped. */
  skipped: number | null;
  /** Warnings raised. */
  warnings: number | null;
  /** Errors raised; the dialog does not show this count. */
  errors: number | null;
}

/** One migration's details after normalisation. */
export interface MigrationLogDetails extends MigrationLog {
  /** The per-object breakdown in the source's order; rows that are not objects or have no name are left out. */
  objects: MigrationObjectStats[];
  /** The first page of issues embedded in the details; null when the source sent none. */
  issues: MigrationIssueList | null;
  /** Always an object: every count null when the source sent no `issueCounts`. */
  counts: IssueCounts;
  /**
   * Parameter name → display string, in the source's order. Names trimmed, '' when blank; values: text trimmed,
   * numbers and booleans as text, null as '', objects and arrays as JSON, capped at 10,000 characters.
   */
  parameters: Array<{ name: string; value: string }>;
  /** An http(s) or relative URL, trimmed; null for other schemes, blank text, a bare `#fragment` and non-strings. */
  resultFileUrl: string | null;
}
