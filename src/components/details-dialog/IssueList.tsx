import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { errorText } from '../../core/errors.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { IssueLevel, MigrationIssueList, MigrationLogDataSource } from '../../core/types.js';
import { useMigrationIssues } from '../../hooks/useMigrationIssues.js';
import { ErrorBanner } from '../shared/ErrorBanner.js';
import { LiveStatus } from '../shared/LiveStatus.js';
import { PageStatus } from '../shared/PageStatus.js';
import { softDisabled } from '../shared/soft-disabled.js';
import { useShownError } from '../shared/use-shown-error.js';
import { IssueItems } from './IssueItems.js';

interface IssueListProps {
  dataSource: MigrationLogDataSource;
  migrationId: string;
  /** The first page embedded in the details, so opening the dialog needs no second request. */
  initial: MigrationIssueList | null;
  pageSize: number;
  queryClient: QueryClient | undefined;
  locale: string | undefined;
  messages: MigrationLogMessages;
}

/**
 * Errors and warnings, one page at a time through the data source (never all of them: a
 * migration may have tens of thousands). Repeated messages arrive grouped with a count.
 */
export function IssueList({
  dataSource,
  migrationId,
  initial,
  pageSize,
  queryClient,
  locale,
  messages,
}: IssueListProps) {
  const headingId = useId();
  const [level, setLevel] = useState<IssueLevel>();
  const [pageIndex, setPageIndex] = useState(0);
  const result = useMigrationIssues({ dataSource, migrationId, pageIndex, pageSize, level, initial, queryClient });
  // Kept while its retry runs; dropped once another page or level is asked for (see turnPage).
  const lastError = useShownError(result.error, result.isFetching);
  const errorShown = lastError.current && errorText(lastError.current, messages);
  // TanStack drops the page standing in once the asked-for one fails: it stays beside the error (as
  // the table's rows do), and with it the page count (the hook's answer for the page asked for).
  const shown = useRef(result);
  if (!result.error) shown.current = result;
  const { issues, pageCount, hasNextPage, isPlaceholderData } = shown.current;
  const items = issues?.items ?? [];
  // Loading means nothing to show yet (no page, not even a placeholder): items is empty then.
  const loading = result.isLoading;
  const busy = loading || (result.isFetching && result.isPlaceholderData);
  const empty =
    level === 'error'
      ? messages.issuesEmptyErrors
      : level === 'warning'
        ? messages.issuesEmptyWarnings
        : messages.issuesEmpty;

  const levelOptions: Array<[IssueLevel | undefined, string]> = [
    [undefined, messages.issueFilterAll],
    ['error', messages.issueFilterErrors],
    ['warning', messages.issueFilterWarnings],
  ];
  const changeLevel = (next: IssueLevel | undefined) => {
    lastError.current = null;
    setLevel(next);
    // Page 7 of all issues means nothing among errors only.
    setPageIndex(0);
  };

  // The pager sits below the list: after a page turn, focus moves to the list's heading so the new
  // page is read (and seen) from its first issue, not from wherever the old page was scrolled to.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const turnedPage = useRef(false);
  const turnPage = (next: number) => {
    lastError.current = null;
    turnedPage.current = true;
    setPageIndex(next);
  };
  useEffect(() => {
    if (!turnedPage.current) return;
    turnedPage.current = false;
    headingRef.current?.focus();
  });

  return (
    <>
      {/* Outside the section: it is aria-busy while it loads. Also says the empty result of a level the
          user chose (one page: no pager to say it) once it shows: not over the last level's page while
          it loads, not under an error, not again on a refresh (same text). Errors or Warnings only: All
          is what the dialog opens on, and every opening would say it. */}
      <LiveStatus
        text={loading ? messages.issuesLoading : level && !busy && !items.length && errorShown === null ? empty : ''}
      />
      <section className="mlv-details__issues" aria-labelledby={headingId} aria-busy={busy}>
        <h3 id={headingId} ref={headingRef} className="mlv-details__heading" tabIndex={-1}>
          {messages.issuesHeading}
        </h3>
        {/* All / Errors / Warnings as toggle buttons: one pressed at a time, each a plain Tab stop. */}
        <fieldset className="mlv-segmented mlv-details__issue-filter">
          <legend className="mlv-field__label">{messages.issueFilterLabel}</legend>
          {levelOptions.map(([value, label]) => (
            <button
              key={value ?? 'all'}
              type="button"
              className="mlv-button mlv-segmented__button"
              data-level={value ?? 'all'}
              aria-pressed={level === value}
              onClick={() => changeLevel(value)}
            >
              {label}
            </button>
          ))}
        </fieldset>
        {errorShown !== null && (
          <ErrorBanner
            className="mlv-details__issues-error"
            title={messages.issuesErrorTitle}
            message={errorShown}
            onRetry={result.refetch}
            retryLabel={messages.retry}
            isRetrying={result.isFetching}
            onFocusLost={() => headingRef.current?.focus()}
          >
            {/* The page stays, but is not what the level switch or pager now names. */}
            {isPlaceholderData && messages.previousResults}
          </ErrorBanner>
        )}
        {loading ? (
          // Said by the LiveStatus above; hidden here so it is not read twice.
          <p className="mlv-details__empty" aria-hidden="true">
            {messages.issuesLoading}
          </p>
        ) : items.length === 0 ? (
          errorShown === null && <p className="mlv-details__empty">{empty}</p>
        ) : (
          <IssueItems items={items} locale={locale} messages={messages} />
        )}
        {(pageIndex > 0 || hasNextPage) && (
          // Previous / Next with "Page x of y" (heard on a page turn, see PageStatus).
          <nav className="mlv-pagination mlv-details__issue-pager" aria-label={messages.issuesPagination}>
            <button
              type="button"
              className="mlv-button mlv-pagination__button"
              {...softDisabled(pageIndex === 0, () => turnPage(pageIndex - 1))}
            >
              {messages.previousPage}
            </button>
            <PageStatus
              text={messages.pageOf(pageIndex + 1, pageCount)}
              query={issues && !isPlaceholderData ? `${pageIndex} ${level}` : null}
            />
            <button
              type="button"
              className="mlv-button mlv-pagination__button"
              {...softDisabled(!hasNextPage, () => turnPage(pageIndex + 1))}
            >
              {messages.nextPage}
            </button>
          </nav>
        )}
      </section>
    </>
  );
}
