import { MigrationLogError } from '../../core/errors.js';
import { defaultMessages } from '../../core/messages.js';
import { isActiveStatus } from '../../core/status.js';
import type { MigrationIssueRecord, MigrationLogDetailsRecord, MigrationStatusOrUnknown } from '../../core/types.js';
import { cloneJson } from './rows.js';

const CANCELLED = 'Cancelled by user';

/**
 * What cancelling does to a migration: it ends now as an Error, says so in its parameters, and
 * gains one error issue (counted in `issueCounts.errors`, so issue counts still add up).
 * Only active migrations can be cancelled; a final one is a 409 Conflict, as on a server.
 */
export function cancelMigration(
  record: MigrationLogDetailsRecord,
  status: MigrationStatusOrUnknown,
  now: number,
): { record: MigrationLogDetailsRecord; note: MigrationIssueRecord } {
  if (!isActiveStatus(status)) {
    const label = defaultMessages.statusLabels[status];
    throw new MigrationLogError(`Migration ${record.id} is ${label} and can no longer be cancelled.`, {
      kind: 'http',
      status: 409,
    });
  }
  const next = cloneJson(record);
  next.status = defaultMessages.statusLabels.error;
  next.endTime = new Date(now).toISOString();
  next.parameters = { ...next.parameters, cancellation: CANCELLED };
  next.issueCounts = { ...next.issueCounts, errors: (next.issueCounts?.errors ?? 0) + 1 };
  return { record: next, note: { level: 'error', message: `${CANCELLED}.`, object: null, recordKey: null, count: 1 } };
}
