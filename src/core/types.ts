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

export type SortDirection = 'asc' | 'desc';

export interface MigrationLogSort {
  field: MigrationLogSortField;
  direction: SortDirection;
}

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
  /** Kept exactly as sent and passed back to `get`, `listIssues` and `cancel`; missing → `#n`. */
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

export interface MigrationLogPage {
  /** The page's migrations, in the query's order. */
  items: MigrationLogRecord[];
  /** Total number of migrations matching the filter, when the backend knows it. */
  total?: number;
  /** More rows follow this page; read when `total` is missing. */
  hasNextPage?: boolean;
}

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

export interface IssueQuery {
  /** 0-based page index. */
  pageIndex: number;
  /** Issues per page. */
  pageSize: number;
  /** Only errors or only warnings; missing means both. */
  level?: IssueLevel;
}

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
  /** Push updates instead of polling; returns an unsubscribe function. */
  subscribe?(onChange: () => void): () => void;
}

/** A migration after normalisation: safe to render. */
export interface MigrationLog {
  id: string;
  /** Unique within a page even when the source sent duplicate ids; use as a React key. */
  rowKey: string;
  status: MigrationStatusOrUnknown;
  /** The status exactly as the source sent it, shown for unknown statuses. */
  rawStatus: string;
  startTime: Date | null;
  endTime: Date | null;
  generatedBy: string | null;
  /** Calendar date `YYYY-MM-DD`, validated; never a Date, so it never shifts with time zones. */
  cutoverDate: string | null;
  /** 0–100, or null when missing or not a number. */
  progress: number | null;
}

export interface MigrationLogListResult {
  items: MigrationLog[];
  total: number | null;
  hasNextPage: boolean;
}

export interface MigrationIssue {
  /** Stable key for rendering. */
  key: string;
  level: IssueLevel;
  message: string;
  object: string | null;
  recordKey: string | null;
  count: number;
}

export interface MigrationIssueList {
  items: MigrationIssue[];
  total: number | null;
}

export interface MigrationObjectStats {
  name: string;
  total: number | null;
  processed: number | null;
  failed: number | null;
  skipped: number | null;
}

export interface IssueCounts {
  total: number | null;
  processed: number | null;
  succeeded: number | null;
  failed: number | null;
  skipped: number | null;
  warnings: number | null;
  errors: number | null;
}

export interface MigrationLogDetails extends MigrationLog {
  objects: MigrationObjectStats[];
  issues: MigrationIssueList | null;
  counts: IssueCounts;
  /** Parameter name → display string. */
  parameters: Array<{ name: string; value: string }>;
  /** Only http(s) URLs survive normalisation. */
  resultFileUrl: string | null;
}
