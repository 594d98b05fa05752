import type { MigrationLogMessages } from '../../core/messages.js';
import { softDisabled } from '../shared/soft-disabled.js';

interface IssuePagerProps {
  pageIndex: number;
  /** Null when the data source does not say how many issues there are. */
  pageCount: number | null;
  hasNext: boolean;
  onPageChange: (pageIndex: number) => void;
  messages: MigrationLogMessages;
}

/** Previous / Next with "Page x of y"; the page text is a live region so a page turn is heard. */
export function IssuePager({ pageIndex, pageCount, hasNext, onPageChange, messages }: IssuePagerProps) {
  return (
    <nav className="mlv-pagination mlv-details__issue-pager" aria-label={messages.issuesPagination}>
      <button
        type="button"
        className="mlv-button mlv-pagination__button"
        {...softDisabled(pageIndex === 0, () => onPageChange(pageIndex - 1))}
      >
        {messages.previousPage}
      </button>
      <span className="mlv-pagination__page" role="status">
        {messages.pageOf(pageIndex + 1, pageCount)}
      </span>
      <button
        type="button"
        className="mlv-button mlv-pagination__button"
        {...softDisabled(!hasNext, () => onPageChange(pageIndex + 1))}
      >
        {messages.nextPage}
      </button>
    </nav>
  );
}
