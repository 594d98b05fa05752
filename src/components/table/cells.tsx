import type { ReactNode } from 'react';
import { formatInstant } from '../../core/format.js';
import type { MigrationLog } from '../../core/types.js';
import { CalendarDateText } from '../shared/CalendarDateText.js';
import { InstantText } from '../shared/InstantText.js';
import { notAvailable } from '../shared/not-available.js';
import { ProgressBar } from '../shared/ProgressBar.js';
import { StatusBadge } from '../status-badge/StatusBadge.js';
import type { TableRenderContext } from './table-context.js';

/*
 * The built-in cells. Plain functions rather than components: a row calls them with its context,
 * so a row of seven cells mounts no extra components of its own. The date and progress components
 * take the whole context: they read their messages, locale and time zone from it and nothing else.
 */

/** The cell of an instant: start or end time. */
export function instantCell(field: 'startTime' | 'endTime') {
  return (row: MigrationLog, context: TableRenderContext) => <InstantText value={row[field]} {...context} />;
}

export function generatedByCell(row: MigrationLog, { messages }: TableRenderContext) {
  if (!row.generatedBy) return notAvailable(messages);
  return (
    <span className="mlv-truncate" title={row.generatedBy} dir="auto">
      {row.generatedBy}
    </span>
  );
}

export function cutoverDateCell(row: MigrationLog, context: TableRenderContext) {
  return <CalendarDateText value={row.cutoverDate} {...context} />;
}

export function progressCell(row: MigrationLog, context: TableRenderContext) {
  return <ProgressBar value={row.progress} {...context} />;
}

/** The badge parses the status as the server sent it, as normalisation did: the same status, and an unknown one keeps its spelling. */
export function statusCell(row: MigrationLog, { messages }: TableRenderContext) {
  return <StatusBadge status={row.rawStatus} messages={messages} unstyled />;
}

/** Names the row for the details action: its start time where known, else its id. */
export function describeRow(row: MigrationLog, context: TableRenderContext): string {
  // In the context's locale and time zone, as the start time cell shows it.
  const started = formatInstant(row.startTime, context);
  return started ? context.messages.migrationStartedAt(started.text) : context.messages.migrationWithId(row.id);
}

export function actionsCell(row: MigrationLog, context: TableRenderContext) {
  const { messages, onOpenDetails, rowActions } = context;
  return (
    <span className="mlv-row-actions">
      {onOpenDetails && row.id && (
        <button
          type="button"
          className="mlv-button mlv-row-actions__details"
          aria-label={messages.viewDetailsOf(describeRow(row, context))}
          onClick={(event) => onOpenDetails(row.id, event.currentTarget)}
        >
          {messages.viewDetails}
        </button>
      )}
      {rowActions && <HostCell render={rowActions} row={row} />}
    </span>
  );
}

/** A host's cell (or row actions) as a component of its own, so the host's function may use hooks. */
export function HostCell({ render, row }: { render: (row: MigrationLog) => ReactNode; row: MigrationLog }) {
  return render(row);
}
