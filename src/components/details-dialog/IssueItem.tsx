import { memo } from 'react';
import { formatNumber } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationIssue } from '../../core/types.js';

interface IssueItemProps {
  issue: MigrationIssue;
  locale: string | undefined;
  messages: MigrationLogMessages;
  /** Position in the list (0-based), for a virtualised list: only the items in view are rendered. */
  index?: number | undefined;
  /** Items in the whole list, so assistive tech counts them all when only some are rendered. */
  setSize?: number | undefined;
  /** Measures the item's height (virtualised list). */
  measureRef?: ((element: HTMLLIElement | null) => void) | undefined;
}

/** One error or warning: level as text, the message, how often it occurred, object and record. */
export const IssueItem = memo(function IssueItem({
  issue,
  locale,
  messages,
  index,
  setSize,
  measureRef,
}: IssueItemProps) {
  const levelLabel = issue.level === 'warning' ? messages.issueLevelWarning : messages.issueLevelError;
  return (
    <li
      ref={measureRef}
      className="mlv-details__issue"
      data-level={issue.level}
      data-index={index}
      aria-setsize={setSize}
      aria-posinset={index === undefined || setSize === undefined ? undefined : index + 1}
    >
      <span className="mlv-details__issue-level">{levelLabel}</span>
      {/* Server text, rendered as text; long unbroken strings wrap by the stylesheet's overflow-wrap. */}
      <p className="mlv-details__issue-message">{issue.message || messages.notAvailable}</p>
      {issue.count > 1 && (
        <span className="mlv-details__issue-count" data-count={issue.count}>
          {messages.issueOccurrences(issue.count, formatNumber(issue.count, { locale }))}
        </span>
      )}
      {(issue.object !== null || issue.recordKey !== null) && (
        <dl className="mlv-details__issue-meta">
          {issue.object !== null && (
            <div className="mlv-details__field">
              <dt className="mlv-details__label">{messages.issueObject}</dt>
              <dd className="mlv-details__value">{issue.object}</dd>
            </div>
          )}
          {issue.recordKey !== null && (
            <div className="mlv-details__field">
              <dt className="mlv-details__label">{messages.issueRecordKey}</dt>
              <dd className="mlv-details__value">{issue.recordKey}</dd>
            </div>
          )}
        </dl>
      )}
    </li>
  );
});
