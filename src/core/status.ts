import type { MigrationStatus, MigrationStatusOrUnknown } from './types.js';

/** Visual tone of a status; styles map it to colour, icons carry it without colour. */
export type StatusTone = 'neutral' | 'info' | 'danger' | 'success' | 'warning';

/** What the view knows about one status. */
export interface StatusDefinition {
  /** The status this defines. */
  status: MigrationStatusOrUnknown;
  /** Its visual tone (`data-tone` on the badge). */
  tone: StatusTone;
  /** Accepted and In progress are active: the migration may still change. */
  active: boolean;
  /** Error and Completed-Warning tell the user to contact support. */
  needsSupport: boolean;
}

/** The five statuses in their lifecycle order. */
export const MIGRATION_STATUSES: readonly MigrationStatus[] = [
  'accepted',
  'in-progress',
  'error',
  'completed',
  'completed-warning',
];

/** The definition of every status, `unknown` included, by status. */
export const STATUS_DEFINITIONS: Readonly<Record<MigrationStatusOrUnknown, StatusDefinition>> = {
  accepted: { status: 'accepted', tone: 'neutral', active: true, needsSupport: false },
  'in-progress': { status: 'in-progress', tone: 'info', active: true, needsSupport: false },
  error: { status: 'error', tone: 'danger', active: false, needsSupport: true },
  completed: { status: 'completed', tone: 'success', active: false, needsSupport: false },
  'completed-warning': { status: 'completed-warning', tone: 'warning', active: false, needsSupport: true },
  unknown: { status: 'unknown', tone: 'neutral', active: false, needsSupport: false },
};

/** True for Accepted and In progress. */
export function isActiveStatus(status: MigrationStatusOrUnknown): boolean {
  return STATUS_DEFINITIONS[status].active;
}

/** Order used when sorting by status: lifecycle order, unknown last. */
export function statusRank(status: MigrationStatusOrUnknown): number {
  const index = MIGRATION_STATUSES.indexOf(status as MigrationStatus);
  return index === -1 ? MIGRATION_STATUSES.length : index;
}

const SPELLINGS: Record<string, MigrationStatus> = {
  accepted: 'accepted',
  inprogress: 'in-progress',
  running: 'in-progress',
  error: 'error',
  failed: 'error',
  completed: 'completed',
  completedwarning: 'completed-warning',
  completedwithwarning: 'completed-warning',
  completedwithwarnings: 'completed-warning',
};

/**
 * Maps any spelling of a status (`Completed-Warning`, `COMPLETED_WARNING`, `In progress`,
 * `in-progress`, …) to the status model; anything else is `unknown`. Never throws.
 */
export function parseStatus(raw: unknown): MigrationStatusOrUnknown {
  if (typeof raw !== 'string') return 'unknown';
  const key = raw.toLowerCase().replace(/[\s_\-–]+/g, '');
  return Object.hasOwn(SPELLINGS, key) ? (SPELLINGS[key] as MigrationStatus) : 'unknown';
}
