import { errorText, type MigrationLogError } from '../../core/errors.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import { TableErrorBanner } from './TableErrorBanner.js';
import { TableStatusBar } from './TableStatusBar.js';

/** The list state both table modes report: what failed, what is loading, when data arrived. */
export interface TableNoticeState {
  error: MigrationLogError | null;
  refetch: () => Promise<void>;
  isFetching: boolean;
  isLoading: boolean;
  isRefreshing: boolean;
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
  return (
    <>
      {state.error !== null && (
        <TableErrorBanner
          message={errorText(state.error, messages)}
          onRetry={() => void state.refetch()}
          isRetrying={state.isFetching}
          messages={messages}
        />
      )}
      <TableStatusBar
        isLoading={state.isLoading}
        isRefreshing={state.isRefreshing}
        lastUpdatedAt={state.lastUpdatedAt}
        messages={messages}
        now={now}
      />
    </>
  );
}
