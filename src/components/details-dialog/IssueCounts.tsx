import { useId } from 'react';
import { formatNumber, formatPercent } from '../../core/format.js';
import type { MigrationLogMessages } from '../../core/messages.js';
import type { MigrationLogDetails } from '../../core/types.js';
import { ProgressBar } from '../shared/ProgressBar.js';
import { countText, Field } from './details-parts.js';

interface IssueCountsProps {
  details: MigrationLogDetails;
  locale: string | undefined;
  messages: MigrationLogMessages;
}

/** Progress as processed / total records, then succeeded, failed, skipped and warning counts. */
export function IssueCounts({ details, locale, messages }: IssueCountsProps) {
  const headingId = useId();
  // The counts below the progress bar: `data-field` name and `messages` label of each.
  const COUNTS = [
    ['succeeded', 'countSucceeded'],
    ['failed', 'countFailed'],
    ['skipped', 'countSkipped'],
    ['warnings', 'countWarnings'],
  ] as const;
  const { counts, progress } = details;
  const valueText =
    progress !== null && counts.processed !== null && counts.total !== null
      ? messages.recordsProgress(
          formatNumber(counts.processed, { locale }),
          formatNumber(counts.total, { locale }),
          formatPercent(progress, { locale }),
        )
      : undefined;

  return (
    <section className="mlv-details__records" aria-labelledby={headingId}>
      <h3 id={headingId} className="mlv-details__heading">
        {messages.recordsHeading}
      </h3>
      <ProgressBar value={progress} locale={locale} messages={messages} valueText={valueText} />
      <dl className="mlv-details__counts">
        {COUNTS.map(([name, label]) => (
          <Field key={name} label={messages[label]} name={name}>
            {countText(counts[name], locale, messages)}
          </Field>
        ))}
      </dl>
    </section>
  );
}
