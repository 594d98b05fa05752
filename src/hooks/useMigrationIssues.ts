import type { QueryClient } from '@tanstack/react-query';
import { partialMatchKey, useQuery } from '@tanstack/react-query';
import { issuePageProblems, warnContractProblems, warnIfUnsettled } from '../core/contract-check.js';
import { invalidResponseError, type MigrationLogError } from '../core/errors.js';
import { isMigrationLogPageShape, normalizeIssuePage } from '../core/normalize.js';
import { pageCount, wholeAtLeast } from '../core/query.js';
import type { IssueLevel, IssueQuery, MigrationIssueList, MigrationLogDataSource } from '../core/types.js';
import { embeddedIssuePage } from './embedded-issues.js';
import { ownQueryOptions } from './own-query-options.js';
import { useResolvedQueryClient } from './query-client.js';
import { migrationLogKeys } from './query-keys.js';
import { NO_ID, useQueryOutcome } from './query-outcome.js';
import { shareDeep } from './structural-sharing.js';
import { callDataSource } from './to-error.js';
import { useUnstableSourceWarning } from './useUnstableSourceWarning.js';

/** Options of `useMigrationIssues`. */
export interface UseMigrationIssuesOptions {
  /** Where the issues come from (`listIssues`; without it only `initial` is shown). */
  dataSource: MigrationLogDataSource;
  /**
   * The migration whose errors and warnings to page through. `null` loads nothing and reports the
   * same whatever the data source: `issues` null, `status` `'loading'` with `isLoading` and
   * `isFetching` false (TanStack Query's disabled query: pending, idle), no error, a `refetch`
   * that asks for nothing. `''` is an id like any other and is asked for (the REST source answers
   * it as not found); pass `null` for "no migration".
   */
  migrationId: string | null;
  /**
   * 0-based page, floored; not a finite number reads as 0. Yours to keep: set it back to 0 (with
   * `level`) when `migrationId` changes, or key the component by the id, else another migration
   * opens on the page the last one was left on. @default 0
   */
  pageIndex?: number | undefined;
  /** Issues per page, floored, at least 1; not a finite number reads as 25. @default 25 */
  pageSize?: number | undefined;
  /** Only errors or only warnings. @default both */
  level?: IssueLevel | undefined;
  /**
   * The first page embedded in the details (`details.issues`). Used for the unfiltered first page
   * so the dialog makes no second request, and as the only page when the data source has no
   * `listIssues`. @default none
   */
  initial?: MigrationIssueList | null | undefined;
  /** The QueryClient to use. @default the nearest `QueryClientProvider`'s, else a private one */
  queryClient?: QueryClient | undefined;
  /** Set `false` to hold off loading. @default true */
  enabled?: boolean | undefined;
}

/** What `useMigrationIssues` returns. */
export interface UseMigrationIssuesResult {
  /**
   * The page shown; while another page or level of the same migration loads, the previous one
   * stays (`isPlaceholderData`). Another migration's never does: it starts from `initial` or null.
   */
  issues: MigrationIssueList | null;
  /** Whether pages beyond the first can be loaded (the data source has `listIssues`). */
  canPage: boolean;
  /** Pages for `issues.total` and the page size; null when the total is unknown (or nothing is shown yet). */
  pageCount: number | null;
  /**
   * More issues follow this page: from `issues.total`, or, when the source sends no total, because
   * this page is full (the next may then come back empty). Counted from `issues`, so while the
   * next page loads it answers for the page still shown.
   */
  hasNextPage: boolean;
  /** `'loading'` until a page or an error arrives, and while `migrationId` is null. */
  status: 'loading' | 'success' | 'error';
  /** Nothing to show yet and a page is loading (never while `migrationId` is null). */
  isLoading: boolean;
  /** A request is in flight, a page shown or not. */
  isFetching: boolean;
  /** `issues` is the previous page of this migration (or the embedded first page) while the asked-for one loads. */
  isPlaceholderData: boolean;
  /** Why the page failed to load, or null. */
  error: MigrationLogError | null;
  /** `error` as English text (the server's own words where it sent some); for the `messages` language use `errorText(error, messages)`. */
  errorMessage: string | null;
  /** Loads the page again (e.g. a Retry button). */
  refetch: () => Promise<void>;
}

/** One page at a time of a migration's errors and warnings; never all of them at once. */
export function useMigrationIssues(options: UseMigrationIssuesOptions): UseMigrationIssuesResult {
  const { dataSource, migrationId, level, initial, enabled = true } = options;
  // NaN or Infinity from a host's arithmetic (an empty input, a total of null) would reach the data source.
  const pageIndex = wholeAtLeast(options.pageIndex, 0, 0);
  const pageSize = wholeAtLeast(options.pageSize, 1, 25);
  const client = useResolvedQueryClient(options.queryClient);
  // Its cache is keyed on the source too, and it has no subscription to go through.
  useUnstableSourceWarning(dataSource);
  const canPage = typeof dataSource.listIssues === 'function';
  const embedded = embeddedIssuePage(initial, { pageIndex, pageSize, level }, canPage);
  const id = migrationId ?? '';
  const isEnabled = enabled && migrationId !== null && canPage && embedded === null;
  // While a full first page loads, the shorter one embedded in the details shows: the first issues
  // appear with the dialog, not one request later.
  const partial = pageIndex === 0 && level === undefined && initial?.items.length ? initial : undefined;

  const result = useQuery(
    {
      ...ownQueryOptions(client),
      queryKey: migrationLogKeys.issues(dataSource, id, { pageIndex, pageSize, level: level ?? null }),
      queryFn: async ({ signal }): Promise<MigrationIssueList> => {
        const query: IssueQuery = level ? { pageIndex, pageSize, level } : { pageIndex, pageSize };
        const answer = callDataSource(() => dataSource.listIssues?.(id, query, { signal }));
        warnIfUnsettled('listIssues()', answer, signal);
        const raw: unknown = await answer;
        warnContractProblems(() => issuePageProblems(raw, query));
        if (!isMigrationLogPageShape(raw)) throw invalidResponseError();
        return normalizeIssuePage(raw, pageIndex * pageSize, pageSize);
      },
      enabled: isEnabled,
      // Another page or level of this migration stands in; another migration's issues never do.
      placeholderData: (previous, last) =>
        last && partialMatchKey(last.queryKey, migrationLogKeys.details(dataSource, id)) ? previous : partial,
      structuralSharing: shareDeep,
    },
    client,
  );

  const outcome = useQueryOutcome(result, isEnabled);
  const own = embedded !== null || !canPage;
  const issues = migrationId === null ? null : own ? embedded : (result.data ?? null);
  const pages = pageCount(issues?.total ?? null, pageSize);
  return {
    issues,
    canPage,
    pageCount: pages,
    hasNextPage: pages === null ? (issues?.items.length ?? 0) >= pageSize : pageIndex < pages - 1,
    isFetching: result.isFetching,
    isPlaceholderData: result.isPlaceholderData,
    ...outcome,
    // The embedded page is all there is to it: no request, nothing pending, a page to show.
    ...(own && { ...NO_ID, status: 'success', isFetching: false, isPlaceholderData: false }),
    // Without an id the query's key is migration '''s: its state (and refetch) are not this hook's.
    ...(migrationId === null && { ...NO_ID, isFetching: false, isPlaceholderData: false }),
  };
}
