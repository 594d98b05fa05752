import type { MigrationLogMessages } from '../../core/messages.js';

interface TableErrorBannerProps {
  message: string;
  onRetry: () => void;
  isRetrying: boolean;
  messages: MigrationLogMessages;
}

/** The server's message as text, with a retry; rows shown before stay below it. */
export function TableErrorBanner({ message, onRetry, isRetrying, messages }: TableErrorBannerProps) {
  return (
    <div className="mlv-error-banner" role="alert">
      <div className="mlv-error-banner__text">
        <strong className="mlv-error-banner__title">{messages.errorTitle}</strong>
        <span className="mlv-error-banner__message">{message}</span>
      </div>
      <button type="button" className="mlv-button" onClick={onRetry} disabled={isRetrying} aria-busy={isRetrying}>
        {messages.retry}
      </button>
    </div>
  );
}
