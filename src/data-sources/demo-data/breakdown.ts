import type { IssueCountsRecord, MigrationObjectRecord } from '../../core/types.js';
import type { Random } from '../random.js';
import { OBJECT_NAMES } from './vocabulary.js';

/** How many issues a demo migration reports, decided before its objects so the two agree. */
export interface IssuePlan {
  errors: number;
  warnings: number;
  /** Records that could not be generated and were skipped (Completed-Warning). */
  skipped: number;
}

export interface Breakdown {
  objects: MigrationObjectRecord[];
  issueCounts: IssueCountsRecord;
}

/**
 * Splits `amount` over slots in proportion to their capacities, never exceeding one. The
 * remainder of the rounding goes one by one to the slots with the most room left.
 */
export function distribute(amount: number, capacities: readonly number[]): number[] {
  const room = capacities.reduce((sum, c) => sum + c, 0);
  if (room === 0 || amount <= 0) return capacities.map(() => 0);
  const shares = capacities.map((c) => Math.floor((Math.min(amount, room) * c) / room));
  let left = Math.min(amount, room) - shares.reduce((sum, s) => sum + s, 0);
  const order = capacities.map((_, i) => i).sort((a, b) => (capacities[b] ?? 0) - (capacities[a] ?? 0));
  while (left > 0) {
    for (const i of order) {
      if (left === 0) break;
      if ((shares[i] ?? 0) < (capacities[i] ?? 0)) {
        shares[i] = (shares[i] ?? 0) + 1;
        left--;
      }
    }
  }
  return shares;
}

/** Subscriptions always, then each other object with even odds (at least one). */
function pickObjectNames(random: Random): string[] {
  const names = [OBJECT_NAMES[0] as string];
  for (let i = 1; i < OBJECT_NAMES.length; i++) if (random.chance(0.45)) names.push(OBJECT_NAMES[i] as string);
  if (names.length === 1) names.push(OBJECT_NAMES[random.int(1, OBJECT_NAMES.length - 1)] as string);
  return names;
}

const zeros = (length: number): number[] => new Array<number>(length).fill(0);

/**
 * Builds the per-object breakdown and the counts of one migration so that they agree: processed
 * follows progress, failed sums to the errors, skipped to the plan, succeeded is what is left.
 */
export function buildBreakdown(random: Random, progress: number, plan: IssuePlan): Breakdown {
  const names = pickObjectNames(random);
  const totals = names.map(() => Math.floor(50 + 20_000 * random.next() ** 3));
  const needed = plan.errors + plan.skipped;
  let processed = totals.map((t) => Math.round((t * progress) / 100));
  if (needed > 0) {
    const processedSum = processed.reduce((sum, p) => sum + p, 0);
    if (processedSum < needed * 2) {
      // Too few records for this many issues: scale the migration up rather than break the sums.
      const factor = Math.ceil((needed * 2) / Math.max(1, processedSum)) + 1;
      for (let i = 0; i < totals.length; i++) totals[i] = (totals[i] as number) * factor;
      processed = totals.map((t) => Math.round((t * progress) / 100));
    }
  }
  const failed = plan.errors > 0 ? distribute(plan.errors, processed) : zeros(names.length);
  const skipped =
    plan.skipped > 0
      ? distribute(
          plan.skipped,
          processed.map((p, i) => p - (failed[i] ?? 0)),
        )
      : zeros(names.length);
  const counts = { total: 0, processed: 0, failed: 0, skipped: 0 };
  const objects = names.map((name, i) => {
    const object = {
      name,
      total: totals[i] as number,
      processed: processed[i] as number,
      failed: failed[i] as number,
      skipped: skipped[i] as number,
    };
    counts.total += object.total;
    counts.processed += object.processed;
    counts.failed += object.failed;
    counts.skipped += object.skipped;
    return object;
  });
  return {
    objects,
    issueCounts: {
      ...counts,
      succeeded: counts.processed - counts.failed - counts.skipped,
      warnings: plan.warnings,
      errors: plan.errors,
    },
  };
}
