import { defaultMessages } from '../../core/messages.js';
import type { MigrationLogDetailsRecord, MigrationStatus } from '../../core/types.js';
import { createRandom, type Random } from '../random.js';
import { buildBreakdown, type IssuePlan } from './breakdown.js';
import { createId, createPersonPicker } from './people.js';
import { BATCH_SIZES, TENANTS } from './vocabulary.js';

/** Options of `generateMigrationLogs`: how many migrations, and what makes them reproducible. */
export interface GenerateMigrationLogsOptions {
  /** How many migrations to generate. */
  count: number;
  /** Same seed and same `now` give the same data. @default 1 */
  seed?: number;
  /** The moment the data is generated for; times spread over the two years before it. @default Date.now() */
  now?: number | Date;
}

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const TWO_YEARS = 730 * DAY;

/** The first five records cover every status, so even a tiny demo shows them all. */
const FIRST_STATUSES: readonly MigrationStatus[] = [
  'in-progress',
  'accepted',
  'error',
  'completed-warning',
  'completed',
];
/** The record that carries 50,000 issues: the forced Error one. */
const HUGE_ISSUES_INDEX = 2;

function pickStatus(random: Random, index: number): MigrationStatus {
  const forced = FIRST_STATUSES[index];
  if (forced) return forced;
  const roll = random.next();
  if (roll < 0.01) return 'accepted';
  if (roll < 0.03) return 'in-progress';
  if (roll < 0.13) return 'error';
  if (roll < 0.27) return 'completed-warning';
  return 'completed';
}

function planIssues(random: Random, status: MigrationStatus, index: number): IssuePlan {
  if (index === HUGE_ISSUES_INDEX && status === 'error') return { errors: 35_000, warnings: 15_000, skipped: 0 };
  const heavy = random.chance(0.004);
  const skewed = (max: number): number => Math.floor(1 + max * random.next() ** 3);
  switch (status) {
    case 'error':
      return { errors: heavy ? random.int(1000, 9000) : skewed(400), warnings: random.int(0, 40), skipped: 0 };
    case 'completed-warning': {
      const warnings = heavy ? random.int(1000, 9000) : skewed(300);
      return { errors: 0, warnings, skipped: warnings };
    }
    case 'in-progress':
      return { errors: random.chance(0.3) ? random.int(1, 20) : 0, warnings: random.int(0, 10), skipped: 0 };
    default:
      return { errors: 0, warnings: 0, skipped: 0 };
  }
}

/** Start, end and progress by status: active ones are recent and unfinished. */
function planTimes(random: Random, status: MigrationStatus, now: number) {
  if (status === 'accepted') return { start: now - random.int(5_000, 10 * MINUTE), end: null, progress: 0 };
  if (status === 'in-progress')
    return { start: now - random.int(MINUTE, 6 * 60 * MINUTE), end: null, progress: random.int(1, 99) };
  // Durations from one minute to twelve hours, most of them short.
  const duration = Math.round(MINUTE * Math.exp(random.next() * Math.log(720)));
  const start = now - duration - Math.floor(random.next() * (TWO_YEARS - duration));
  return { start, end: start + duration, progress: status === 'error' ? random.int(3, 97) : 100 };
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD` of an epoch in UTC by integer arithmetic (Hinnant's days-to-civil), cheaper than a Date. */
function calendarDate(epoch: number): string {
  const z = Math.floor(epoch / DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

function cutoverBefore(random: Random, start: number): string {
  const day = calendarDate(start - random.int(0, 400) * DAY);
  // Billing teams mostly cut over on the first of a month.
  return random.chance(0.5) ? `${day.slice(0, 8)}01` : day;
}

/**
 * Realistic, deterministic demo migrations: every status, long names and ids, consistent
 * per-object counts and issue totals, a few migrations with thousands of issues and one with
 * 50,000. Issues themselves are not included: the in-memory source generates them lazily.
 */
export function generateMigrationLogs(options: GenerateMigrationLogsOptions): MigrationLogDetailsRecord[] {
  const random = createRandom(options.seed ?? 1);
  const now = options.now === undefined ? Date.now() : Number(options.now);
  const pickPerson = createPersonPicker(random);
  const records: MigrationLogDetailsRecord[] = [];
  for (let index = 0; index < options.count; index++) {
    const status = pickStatus(random, index);
    const tenant = random.pick(TENANTS);
    const id = createId(random, tenant);
    const times = planTimes(random, status, now);
    // A handful of legacy records lost their start time or cutover date.
    const start = random.chance(0.002) && times.end !== null ? null : times.start;
    const cutoverDate = random.chance(0.003) ? null : cutoverBefore(random, times.start);
    const { objects, issueCounts } = buildBreakdown(random, times.progress, planIssues(random, status, index));
    records.push({
      id,
      status: defaultMessages.statusLabels[status],
      startTime: start === null ? null : new Date(start).toISOString(),
      endTime: times.end === null ? null : new Date(times.end).toISOString(),
      generatedBy: pickPerson(),
      cutoverDate,
      progress: times.progress,
      objects,
      issueCounts,
      parameters: {
        cutoverDate,
        includeArchived: random.chance(0.3),
        batchSize: random.pick(BATCH_SIZES),
        tenant,
        mode: random.chance(0.8) ? 'full' : 'incremental',
      },
      resultFileUrl:
        // Generated ids are URL-safe already.
        times.end === null ? null : `https://downloads.example.com/migrations/${id}/result.csv`,
    });
  }
  return records;
}
