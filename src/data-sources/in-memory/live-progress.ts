import { defaultMessages } from '../../core/messages.js';
import { toCount, toProgress } from '../../core/normalize-values.js';
import { parseStatus } from '../../core/status.js';
import type { MigrationLogDetailsRecord, MigrationObjectRecord } from '../../core/types.js';
import type { LiveProgressOptions } from './types.js';

/** Keeps the breakdown in step with progress, so the details dialog agrees with the table. */
function withProcessed(record: MigrationLogDetailsRecord, progress: number): MigrationLogDetailsRecord {
  if (!Array.isArray(record.objects)) return record;
  const objects: MigrationObjectRecord[] = record.objects.map((object) => {
    const total = toCount(object.total);
    if (total === null) return object;
    const floor = (toCount(object.failed) ?? 0) + (toCount(object.skipped) ?? 0);
    return { ...object, processed: Math.max(floor, Math.round((total * progress) / 100)) };
  });
  const sum = (key: 'processed' | 'failed' | 'skipped'): number =>
    objects.reduce((acc, object) => acc + (toCount(object[key]) ?? 0), 0);
  const issueCounts = record.issueCounts
    ? {
        ...record.issueCounts,
        processed: sum('processed'),
        succeeded: sum('processed') - sum('failed') - sum('skipped'),
      }
    : record.issueCounts;
  return { ...record, objects, issueCounts };
}

function finalStatus(record: MigrationLogDetailsRecord): string {
  const counts = record.issueCounts ?? {};
  const partial = (toCount(counts.warnings) ?? 0) + (toCount(counts.failed) ?? 0) + (toCount(counts.skipped) ?? 0) > 0;
  return defaultMessages.statusLabels[partial ? 'completed-warning' : 'completed'];
}

/**
 * Applies `steps` live-progress steps to an active migration in closed form, so a clock that
 * jumped an hour costs the same as one step. `stepTime(n)` is the epoch ms of the n-th step, used
 * for the end time of a migration that finishes. Returns the record unchanged when not active.
 */
export function advanceMigration(
  record: MigrationLogDetailsRecord,
  steps: number,
  options: LiveProgressOptions,
  stepTime: (step: number) => number,
): MigrationLogDetailsRecord {
  const status = parseStatus(record.status);
  if (steps <= 0 || (status !== 'accepted' && status !== 'in-progress')) return record;
  let next = { ...record };
  let used = 0;
  let progress = toProgress(record.progress) ?? 0;
  if (status === 'accepted') {
    // Accepted migrations wait one step in the queue before they start running.
    used = 1;
    next.status = defaultMessages.statusLabels['in-progress'];
    next.startTime = record.startTime ?? new Date(stepTime(1)).toISOString();
  }
  const remaining = steps - used;
  if (remaining > 0 && options.step > 0) {
    const needed = Math.ceil((100 - progress) / options.step);
    if (remaining >= needed) {
      progress = 100;
      next.status = finalStatus(record);
      next.endTime = new Date(stepTime(used + needed)).toISOString();
    } else {
      progress += remaining * options.step;
    }
  }
  next.progress = progress;
  next = withProcessed(next, progress);
  return next;
}
