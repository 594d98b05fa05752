import type { QueryClient } from '@tanstack/react-query';
import { Fragment, type HTMLAttributes, useRef } from 'react';
import { errorText, type MigrationLogError } from '../../core/errors.js';
import { wholeAtLeast } from '../../core/query.js';
import { isActiveStatus } from '../../core/status.js';
import type { MigrationLogDataSource, MigrationLogDetails } from '../../core/types.js';
import { isNotFoundError } from '../../hooks/to-error.js';
import { useMigrationLogDetails } from '../../hooks/useMigrationLogDetails.js';
import { rootClass } from '../shared/class-names.js';
import { ErrorBanner } from '../shared/ErrorBanner.js';
import { LiveStatus } from '../shared/LiveStatus.js';
import { useControllableState } from '../shared/use-controllable-state.js';
import { useMessages } from '../shared/use-messages.js';
import type { ViewProps } from '../shared/view-props.js';
import { CancelMigration } from './CancelMigration.js';
import { DetailsSummary } from './DetailsSummary.js';
import {
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogOverlay,
  DialogPortal,
  DialogRoot,
  DialogTitle,
} from './DialogPrimitive.js';
import { IssueCounts } from './IssueCounts.js';
import { IssueList } from './IssueList.js';
import { ObjectBreakdown } from './ObjectBreakdown.js';
import { ParametersList } from './ParametersList.js';
import { useDialogFocus } from './use-dialog-focus.js';

/** Props of `<MigrationLogDetailsDialog>`. */
export interface MigrationLogDetailsDialogProps
  extends ViewProps,
    Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'title' | 'defaultValue'> {
  /** Where the migration comes from: `createInMemoryDataSource`, `createFetchDataSource` or your own. */
  dataSource: MigrationLogDataSource;
  /**
   * The migration shown, or `null` for closed. Controlled: pair with `onMigrationIdChange` (e.g. to
   * mirror it in the URL). Loaded by id, so it need not be on any loaded page of the table.
   * @default uncontrolled (see `defaultMigrationId`)
   */
  migrationId?: string | null;
  /** The migration shown first when uncontrolled. @default null (closed) */
  defaultMigrationId?: string | null;
  /**
   * Called with `null` when the user closes the dialog (Escape, the close button, a click outside),
   * in controlled and uncontrolled use alike. @default none
   */
  onMigrationIdChange?: (migrationId: string | null) => void;
  /**
   * Milliseconds between refreshes while the migration is Accepted or In progress; raised to the
   * hooks' floor of 1000. Never polled once final, while closed, or with a `subscribe` data source.
   * @default 5000
   */
  refreshInterval?: number;
  /** Errors and warnings loaded per page (a whole number, at least 1). @default 50 */
  issuesPageSize?: number;
  /** Fixed "now" (epoch ms) for stories and tests; durations then stop ticking. @default the clock */
  now?: number;
  /** Share the host's QueryClient. @default the nearest provider's, else a private one */
  queryClient?: QueryClient;
  /** Where the dialog is portalled to. @default `document.body` */
  portalContainer?: HTMLElement | null;
  /**
   * Where focus goes on close when what opened the dialog is gone, sits in a table row that now
   * shows another migration, or there was nothing (opened from a URL): return an element to focus,
   * or null (or undefined) for the browser's default. Focus returns to the opener otherwise. `MigrationLogView`
   * passes the migration's row (scroll mode) or its details button.
   * @default none
   */
  fallbackFocusTarget?: (migrationId: string) => HTMLElement | null | undefined;
}

/**
 * The details of one migration in a modal dialog: status and its meaning, timing, progress and
 * counts, per-object breakdown, paged errors and warnings, parameters, the result file and Cancel.
 * Live while the migration is active; focus returns to whatever opened it.
 */
export function MigrationLogDetailsDialog({
  dataSource,
  migrationId: controlledId,
  defaultMigrationId = null,
  onMigrationIdChange,
  refreshInterval,
  issuesPageSize,
  now,
  queryClient,
  portalContainer,
  fallbackFocusTarget,
  locale,
  timeZone,
  messages: messageOverrides,
  unstyled,
  className,
  ...rest
}: MigrationLogDetailsDialogProps) {
  const messages = useMessages(messageOverrides);
  const [migrationId, setMigrationId] = useControllableState(controlledId, defaultMigrationId, onMigrationIdChange);
  const open = migrationId !== null;

  // Not given, or no number: the default, 50.
  const pageSize = wholeAtLeast(issuesPageSize, 1, 50);
  const result = useMigrationLogDetails({ dataSource, migrationId, refreshInterval, queryClient });

  // While the dialog animates out the id is already null; keep the last content on screen.
  const lastShown = useRef<{ id: string; details: MigrationLogDetails | null; error: MigrationLogError | null }>({
    id: '',
    details: null,
    error: null,
  });
  if (open) {
    const last = lastShown.current;
    lastShown.current = {
      id: migrationId,
      details: result.details,
      // A retry of details never loaded clears the error while it runs (TanStack Query does): the
      // banner, and its focused Retry button, stay until it settles.
      error: result.error ?? (result.isLoading && last.id === migrationId ? last.error : null),
    };
  }
  const { id: shownId, details, error } = lastShown.current;

  const [titleRef, focusProps] = useDialogFocus(open, () => fallbackFocusTarget?.(shownId));

  const isLoading = open && details === null && result.error === null;
  // The status line below says the new status of a migration that ends while shown (seen active
  // since the dialog opened on it, now not): not the status it opened on, nor progress (too
  // chatty), nor an end that a cancel asked here brought, which says so itself.
  const seenActive = useRef<string | null>(null);
  if (!open) seenActive.current = null;
  else if (details && isActiveStatus(details.status)) seenActive.current = shownId;
  // Set by CancelMigration while a cancel asked there has not failed.
  const cancelAsked = useRef(false);
  // Nothing on screen is dropped: a failed refresh shows above the details still shown. Without
  // details the error says why, as text. Retry is offered for a missing migration too: one started
  // a moment ago may not have reached the server the details come from yet.
  const refreshFailed = details !== null;
  const notFound = !refreshFailed && isNotFoundError(error);
  const errorBanner = error !== null && (refreshFailed || open) && (
    <ErrorBanner
      className={refreshFailed ? 'mlv-details__refresh-error' : 'mlv-details__error'}
      data-not-found={notFound ? '' : undefined}
      title={
        refreshFailed
          ? messages.detailsRefreshFailed
          : notFound
            ? messages.detailsNotFound(shownId)
            : messages.detailsErrorTitle
      }
      message={notFound ? null : errorText(error, messages)}
      onRetry={result.refetch}
      retryLabel={messages.retry}
      isRetrying={result.isLoading || result.isRefreshing}
      onFocusLost={() => titleRef.current?.focus()}
    />
  );

  return (
    // Radix asks to open only through a Dialog Trigger, and this dialog has none (it opens by id):
    // every call of onOpenChange is a close.
    <DialogRoot open={open} onOpenChange={() => setMigrationId(null)}>
      <DialogPortal container={portalContainer}>
        <DialogOverlay className={rootClass('mlv-dialog__overlay', unstyled)} />
        <DialogContent
          {...rest}
          className={rootClass('mlv-dialog', unstyled, className)}
          data-refreshing={result.isRefreshing ? '' : undefined}
          {...focusProps}
          // Radix closes on an Escape keydown at the document, before a part inside sees it: an
          // Escape that a part uses itself (it says so with data-handles-escape) keeps the dialog open.
          onEscapeKeyDown={(event) => {
            if ((event.target as Element).closest('[data-handles-escape]')) event.preventDefault();
          }}
          onFocus={(event) => {
            rest.onFocus?.(event);
            focusProps.onFocus(event);
          }}
        >
          <header className="mlv-dialog__header">
            <DialogTitle ref={titleRef} className="mlv-dialog__title" tabIndex={-1}>
              {messages.detailsTitle}
            </DialogTitle>
            <DialogDescription className="mlv-dialog__description">
              {messages.detailsDescription(shownId)}
            </DialogDescription>
            <DialogClose className="mlv-button mlv-dialog__close" aria-label={messages.close}>
              <span aria-hidden="true">×</span>
            </DialogClose>
          </header>
          <LiveStatus
            text={
              isLoading
                ? messages.detailsLoading
                : details && !isActiveStatus(details.status) && seenActive.current === shownId && !cancelAsked.current
                  ? messages.statusDescriptions[details.status]
                  : ''
            }
          />
          {/* A scroll area the keyboard can reach: with focus in it, arrows and Page Down scroll it. */}
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a focusable scroll region (WCAG 2.1.1; axe scrollable-region-focusable) */}
          <section className="mlv-dialog__body" tabIndex={0} aria-label={messages.detailsTitle} aria-busy={isLoading}>
            {errorBanner}
            {/* Everything known about one migration, in the order a user acts on it: what, then why.
                The parts get shownId, the id the details were requested by: data-source calls and
                cache keys use it, not the echo in the details. */}
            {details ? (
              <div className="mlv-details" data-status={details.status}>
                <DetailsSummary
                  details={details}
                  locale={locale}
                  timeZone={timeZone}
                  now={now}
                  messages={messages}
                  unstyled={unstyled}
                />
                <div className="mlv-details__actions">
                  {details.resultFileUrl !== null && (
                    <a
                      className="mlv-button mlv-details__result-link"
                      href={details.resultFileUrl}
                      rel="noopener noreferrer"
                      download
                    >
                      {messages.resultFile}
                    </a>
                  )}
                  {/* Keyed: a confirmation or error for one migration must not carry over to another. */}
                  <CancelMigration
                    key={shownId}
                    dataSource={dataSource}
                    migrationId={shownId}
                    active={isActiveStatus(details.status)}
                    queryClient={queryClient}
                    messages={messages}
                    titleRef={titleRef}
                    askedRef={cancelAsked}
                  />
                </div>
                <IssueCounts details={details} locale={locale} messages={messages} />
                {/* Keyed: pages, filters and "Show all" of one migration must not carry over to another. */}
                <Fragment key={shownId}>
                  <ObjectBreakdown objects={details.objects} locale={locale} messages={messages} />
                  <IssueList
                    dataSource={dataSource}
                    migrationId={shownId}
                    initial={details.issues}
                    pageSize={pageSize}
                    queryClient={queryClient}
                    locale={locale}
                    messages={messages}
                  />
                  <ParametersList parameters={details.parameters} messages={messages} />
                </Fragment>
              </div>
            ) : (
              !errorBanner && (
                // Placeholder shapes while the details load; the LiveStatus above says it.
                <div className="mlv-details__skeleton" data-loading="">
                  <div aria-hidden="true">
                    {['status', 'id', 'generatedBy', 'startTime', 'endTime', 'progress'].map((line) => (
                      <span key={line} className="mlv-skeleton mlv-details__skeleton-line" data-line={line} />
                    ))}
                  </div>
                </div>
              )
            )}
          </section>
        </DialogContent>
      </DialogPortal>
    </DialogRoot>
  );
}
