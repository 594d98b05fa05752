import type { QueryClient } from '@tanstack/react-query';
import type { MigrationLogMessages } from '../../core/messages.js';
import { isActiveStatus } from '../../core/status.js';
import type { MigrationLogDataSource, MigrationLogDetails } from '../../core/types.js';
import { CancelMigration } from './CancelMigration.js';
import { DetailsSummary } from './DetailsSummary.js';
import { IssueCounts } from './IssueCounts.js';
import { IssueList } from './IssueList.js';
import { ObjectBreakdown } from './ObjectBreakdown.js';
import { ParametersList } from './ParametersList.js';

export interface DetailsBodyProps {
  /** The id the details were requested by: data-source calls and cache keys use it, not the echo. */
  migrationId: string;
  details: MigrationLogDetails;
  dataSource: MigrationLogDataSource;
  queryClient: QueryClient | undefined;
  issuesPageSize: number;
  locale: string | undefined;
  timeZone: string | undefined;
  now: number | undefined;
  messages: MigrationLogMessages;
  unstyled: boolean | undefined;
}

/** Everything known about one migration, in the order a user acts on it: what, then why. */
export function DetailsBody({
  migrationId,
  details,
  dataSource,
  queryClient,
  issuesPageSize,
  locale,
  timeZone,
  now,
  messages,
  unstyled,
}: DetailsBodyProps) {
  const active = isActiveStatus(details.status);
  return (
    <div className="mlv-details" data-status={details.status}>
      <DetailsSummary
        details={details}
        locale={locale}
        timeZone={timeZone}
        now={now}
        messages={messages}
        unstyled={unstyled}
      />
      <div className="mlv-details__actions">
        {details.resultFileUrl !== null && (
          <a
            className="mlv-button mlv-details__result-link"
            href={details.resultFileUrl}
            rel="noopener noreferrer"
            download
          >
            {messages.resultFile}
          </a>
        )}
        {/* Keyed: a confirmation or error for one migration must not carry over to another. */}
        <CancelMigration
          key={migrationId}
          dataSource={dataSource}
          migrationId={migrationId}
          active={active}
          queryClient={queryClient}
          messages={messages}
        />
      </div>
      <IssueCounts details={details} locale={locale} messages={messages} />
      <ObjectBreakdown objects={details.objects} locale={locale} messages={messages} />
      <IssueList
        key={migrationId}
        dataSource={dataSource}
        migrationId={migrationId}
        initial={details.issues}
        pageSize={issuesPageSize}
        queryClient={queryClient}
        locale={locale}
        messages={messages}
      />
      <ParametersList parameters={details.parameters} messages={messages} />
    </div>
  );
}
