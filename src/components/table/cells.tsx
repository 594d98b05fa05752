import { formatInstant } from '../../core/format.js';
import type { MigrationLog } from '../../core/types.js';
import { CalendarDateText } from '../shared/CalendarDateText.js';
import { InstantText } from '../shared/InstantText.js';
import { ProgressBar } from '../shared/ProgressBar.js';
import { StatusBadge } from '../status-badge/StatusBadge.js';
import { useTableRenderContext } from './table-context.js';

type CellProps = { row: MigrationLog };

export function StartTimeCell({ row }: CellProps) {
  const { messages, locale, timeZone } = useTableRenderContext();
  return <InstantText value={row.startTime} locale={locale} timeZone={timeZone} messages={messages} />;
}

export function EndTimeCell({ row }: CellProps) {
  const { messages, locale, timeZone } = useTableRenderContext();
  return <InstantText value={row.endTime} locale={locale} timeZone={timeZone} messages={messages} />;
}

export function GeneratedByCell({ row }: CellProps) {
  const { messages } = useTableRenderContext();
  if (!row.generatedBy) return <span className="mlv-empty-value">{messages.notAvailable}</span>;
  return (
    <span className="mlv-truncate" title={row.generatedBy}>
      {row.generatedBy}
    </span>
  );
}

export function CutoverDateCell({ row }: CellProps) {
  const { messages, locale } = useTableRenderContext();
  return <CalendarDateText value={row.cutoverDate} locale={locale} messages={messages} />;
}

export function ProgressCell({ row }: CellProps) {
  const { messages, locale } = useTableRenderContext();
  return <ProgressBar value={row.progress} locale={locale} messages={messages} />;
}

export function StatusCell({ row }: CellProps) {
  const { messages } = useTableRenderContext();
  return <StatusBadge status={row.status === 'unknown' ? row.rawStatus : row.status} messages={messages} unstyled />;
}

/** Names the row for the details action: its start time where known, else its id. */
export function describeRow(row: MigrationLog, context: ReturnType<typeof useTableRenderContext>): string {
  const { messages, locale, timeZone } = context;
  if (row.startTime) return messages.migrationStartedAt(formatInstant(row.startTime, { locale, timeZone }).text);
  return messages.migrationWithId(row.id);
}

export function ActionsCell({ row }: CellProps) {
  const context = useTableRenderContext();
  const { messages, onOpenDetails, rowActions } = context;
  return (
    <span className="mlv-row-actions">
      {onOpenDetails && (
        <button
          type="button"
          className="mlv-button mlv-row-actions__details"
          aria-label={messages.viewDetailsOf(describeRow(row, context))}
          onClick={(event) => onOpenDetails(row.id, event.currentTarget)}
        >
          {messages.viewDetails}
        </button>
      )}
      {rowActions?.(row)}
    </span>
  );
}
