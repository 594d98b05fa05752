import type { MigrationLogMessages } from '../../core/messages.js';
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
    <div className="mlv-error-banner mlv-details__error" role="alert" data-not-found={isNotFound ? '' : undefined}>
      <div className="mlv-error-banner__text">
        <strong className="mlv-error-banner__title">
          {isNotFound ? messages.detailsNotFound(migrationId) : messages.detailsErrorTitle}
        </strong>{' '}
        {!isNotFound && <span className="mlv-error-banner__message">{errorMessage}</span>}
      </div>
      <button type="button" className="mlv-button" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
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
    <div className="mlv-error-banner mlv-details__refresh-error" role="alert">
      <div className="mlv-error-banner__text">
        <strong className="mlv-error-banner__title">{messages.detailsRefreshFailed}</strong>{' '}
        <span className="mlv-error-banner__message">{errorMessage}</span>
      </div>
      <button type="button" className="mlv-button" onClick={onRetry}>
        {messages.retry}
      </button>
    </div>
  );
}
