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
