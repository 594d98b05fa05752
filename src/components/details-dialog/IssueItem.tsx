import { memo } from 'react';
import { formatNumber } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationIssue } from '../../core/types.js';
import { Field } from './details-parts.js';

interface IssueItemProps {
  issue: MigrationIssue;
  locale: string | undefined;
  messages: MigrationLogMessages;
  /** Position in the list (0-based), for a virtualised list: only the items in view are rendered. */
  index: number;
  /** Items in the whole list, so assistive tech counts them all when only some are rendered. */
  setSize: number;
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
      aria-posinset={index + 1}
    >
      <span className="mlv-details__issue-level">{levelLabel}</span>
      {/* Server text, rendered as text; long unbroken strings wrap by the stylesheet's overflow-wrap.
          dir="auto": a Hebrew or Arabic message reads in its own direction (Unicode bidi isolation). */}
      <p className="mlv-details__issue-message" dir="auto">
        {issue.message || messages.notAvailable}
      </p>
      {issue.count > 1 && (
        <span className="mlv-details__issue-count" data-count={issue.count}>
          {messages.issueOccurrences(issue.count, formatNumber(issue.count, { locale }))}
        </span>
      )}
      {(issue.object !== null || issue.recordKey !== null) && (
        <dl className="mlv-details__issue-meta">
          {issue.object !== null && (
            <Field label={messages.issueObject}>
              <bdi>{issue.object}</bdi>
            </Field>
          )}
          {issue.recordKey !== null && (
            <Field label={messages.issueRecordKey}>
              <bdi>{issue.recordKey}</bdi>
            </Field>
          )}
        </dl>
      )}
    </li>
  );
});
