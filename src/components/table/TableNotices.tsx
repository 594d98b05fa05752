import { errorText, type MigrationLogError } from '../../core/errors.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import { ErrorBanner } from '../shared/ErrorBanner.js';
import { useShownError } from '../shared/use-shown-error.js';
import { TableStatusBar } from './TableStatusBar.js';

/** The list state both table modes report: what failed, what is loading, when data arrived. */
export interface TableNoticeState {
  error: MigrationLogError | null;
  refetch: () => Promise<void>;
  isFetching: boolean;
  isLoading: boolean;
  isRefreshing: boolean;
  /** The rows shown belong to an earlier query: the user asked for other rows. */
  isPlaceholderData: boolean;
  lastUpdatedAt: number | null;
}

/** Error banner with retry, then the status bar; shared by the paged and the scroll table. */
export function TableNotices({
  state,
  messages,
  now,
}: {
  state: TableNoticeState;
  messages: MigrationLogMessages;
  now: number | undefined;
}) {
  const error = useShownError(state.error, state.isFetching).current;
  return (
    <>
      {error !== null && (
        <ErrorBanner
          title={messages.errorTitle}
          message={errorText(error, messages)}
          onRetry={state.refetch}
          retryLabel={messages.retry}
          isRetrying={state.isFetching}
          onFocusLost={(banner) => {
            // To the rows it brought (the first row's tab stop or action; the search field without
            // rows), once they are in the document: the banner leaves in the same commit.
            const root = banner.closest('.mlv-table-root');
            queueMicrotask(() =>
              (
                root?.querySelector<HTMLElement>('tbody tr[tabindex="0"],tbody button') ??
                root?.querySelector<HTMLElement>('.mlv-search input')
              )?.focus(),
            );
          }}
        >
          {/* The rows stay, but are not what the filters, sort or page now name. */}
          {state.isPlaceholderData && messages.previousResults}
        </ErrorBanner>
      )}
      <TableStatusBar state={state} messages={messages} now={now} />
    </>
  );
}
