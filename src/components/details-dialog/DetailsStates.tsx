import type { MigrationLogMessages } from '../../core/messages.js';
import { ErrorBanner } from '../shared/ErrorBanner.js';
import { VisuallyHidden } from '../shared/VisuallyHidden.js';

/** Placeholder shapes while the details load; the text is for screen readers. */
export function DetailsSkeleton({ messages }: { messages: MigrationLogMessages }) {
  return (
    <div className="mlv-details__skeleton" data-loading="">
      <span role="status">
        <VisuallyHidden>{messages.detailsLoading}</VisuallyHidden>
      </span>
      <div aria-hidden="true">
        {['status', 'id', 'generatedBy', 'startTime', 'endTime', 'progress'].map((line) => (
          <span key={line} className="mlv-skeleton mlv-details__skeleton-line" data-line={line} />
        ))}
      </div>
    </div>
  );
}

interface DetailsErrorProps {
  migrationId: string;
  isNotFound: boolean;
  errorMessage: string;
  onRetry: () => void;
  messages: MigrationLogMessages;
}

/**
 * Nothing to show: say why, as text. Retry is offered for a missing migration too: one started a
 * moment ago may not have reached the server the details come from yet.
 */
export function DetailsError({ migrationId, isNotFound, errorMessage, onRetry, messages }: DetailsErrorProps) {
  return (
    <ErrorBanner
      className="mlv-details__error"
      data-not-found={isNotFound ? '' : undefined}
      title={isNotFound ? messages.detailsNotFound(migrationId) : messages.detailsErrorTitle}
      message={isNotFound ? null : errorMessage}
      onRetry={onRetry}
      retryLabel={messages.retry}
    />
  );
}

interface RefreshErrorProps {
  errorMessage: string;
  onRetry: () => void;
  messages: MigrationLogMessages;
}

/** A failed refresh above the details still shown: nothing on screen is dropped. */
export function RefreshError({ errorMessage, onRetry, messages }: RefreshErrorProps) {
  return (
    <ErrorBanner
      className="mlv-details__refresh-error"
      title={messages.detailsRefreshFailed}
      message={errorMessage}
      onRetry={onRetry}
      retryLabel={messages.retry}
    />
  );
}
