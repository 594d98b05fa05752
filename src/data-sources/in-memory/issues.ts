import { isObject, toCount } from '../../core/normalize-values.js';
import type {
  IssueLevel,
  IssuePage,
  IssueQuery,
  MigrationIssueRecord,
  MigrationLogDetailsRecord,
} from '../../core/types.js';
import { hashString, mixInts } from '../random.js';
import {
  DEFAULT_ISSUE_OBJECTS,
  GROUPED_ERRORS,
  GROUPED_WARNINGS,
  recordKey,
  SINGLE_ERRORS,
  SINGLE_WARNINGS,
} from './issue-messages.js';
import { cloneJson } from './rows.js';

/**
 * The issues of one level, described without materialising them: a few large groups of a
 * repeated message (counts precomputed, at most six) followed by single, distinct issues that are
 * derived from their index on demand. The counts of all groups sum to the level's issue count.
 */
interface LevelPlan {
  level: IssueLevel;
  grouped: number[];
  singles: number;
}

function planLevel(level: IssueLevel, count: number): LevelPlan {
  if (count <= 10) return { level, grouped: [], singles: count };
  const singles = Math.floor(count * 0.3);
  const repeated = count - singles;
  const templates = level === 'error' ? GROUPED_ERRORS.length : GROUPED_WARNINGS.length;
  const groups = Math.min(templates, repeated);
  // Skewed weights (n, n-1, …, 1): real logs have one dominant message and a long tail.
  const weightSum = (groups * (groups + 1)) / 2;
  const grouped = Array.from(
    { length: groups },
    (_, i) => 1 + Math.floor(((repeated - groups) * (groups - i)) / weightSum),
  );
  grouped[0] = (grouped[0] ?? 0) + repeated - grouped.reduce((sum, c) => sum + c, 0);
  return { level, grouped, singles };
}

const planSize = (plan: LevelPlan): number => plan.grouped.length + plan.singles;

function issueAt(plan: LevelPlan, index: number, objects: readonly string[], seed: number): MigrationIssueRecord {
  const errors = plan.level === 'error';
  if (index < plan.grouped.length) {
    const messages = errors ? GROUPED_ERRORS : GROUPED_WARNINGS;
    return {
      level: plan.level,
      message: messages[index] as string,
      object: objects[index % objects.length] ?? null,
      recordKey: null,
      count: plan.grouped[index] ?? 1,
    };
  }
  const single = index - plan.grouped.length;
  const object = objects[mixInts(seed, single) % objects.length] as string;
  // Consecutive numbers from a seeded base: unique keys, so single messages never repeat.
  const key = recordKey(object, (mixInts(seed, errors ? 1 : 2) % 400_000) + single + 1);
  const texts = errors ? SINGLE_ERRORS : SINGLE_WARNINGS;
  const text = texts[mixInts(seed, single, 3) % texts.length] as (key: string) => string;
  return { level: plan.level, message: text(key), object, recordKey: key, count: 1 };
}

const isWarning = (issue: MigrationIssueRecord): boolean =>
  typeof issue.level === 'string' && issue.level.toLowerCase().startsWith('warn');

function explicitPage(items: readonly MigrationIssueRecord[], query: IssueQuery): IssuePage {
  const matching = query.level ? items.filter((issue) => isWarning(issue) === (query.level === 'warning')) : items;
  const start = query.pageIndex * query.pageSize;
  return { items: cloneJson(matching.slice(start, start + query.pageSize)), total: matching.length };
}

/**
 * One page of a migration's issues. Issues the record lists itself (`issues.items`) are served
 * as given; otherwise they are generated from `issueCounts`, deterministically per seed and id.
 * `notes` (e.g. a cancellation) come first and count towards the errors.
 */
export function issuePage(
  record: MigrationLogDetailsRecord,
  notes: readonly MigrationIssueRecord[],
  query: IssueQuery,
  seed: number,
): IssuePage {
  const listed = isObject(record.issues) && Array.isArray(record.issues.items) ? record.issues.items : null;
  if (listed) return explicitPage([...notes, ...listed], query);

  const noteErrors = notes.filter((note) => !isWarning(note)).length;
  const counts = record.issueCounts ?? {};
  const plans = [
    planLevel('error', Math.max(0, (toCount(counts.errors) ?? 0) - noteErrors)),
    planLevel('warning', toCount(counts.warnings) ?? 0),
  ].filter((plan) => query.level === undefined || plan.level === query.level);
  const shownNotes = notes.filter(
    (note) => query.level === undefined || isWarning(note) === (query.level === 'warning'),
  );
  const names = (record.objects ?? []).map((object) => object.name).filter(Boolean);
  const objects = names.length > 0 ? names : DEFAULT_ISSUE_OBJECTS;
  const base = mixInts(seed, hashString(String(record.id)));

  const total = shownNotes.length + plans.reduce((sum, plan) => sum + planSize(plan), 0);
  const start = Math.max(0, query.pageIndex * query.pageSize);
  const end = Math.min(total, start + query.pageSize);
  const items: MigrationIssueRecord[] = [];
  for (let index = start; index < end; index++) {
    if (index < shownNotes.length) {
      items.push(cloneJson(shownNotes[index] as MigrationIssueRecord));
      continue;
    }
    let offset = index - shownNotes.length;
    for (const plan of plans) {
      if (offset < planSize(plan)) {
        items.push(issueAt(plan, offset, objects, mixInts(base, plan.level === 'error' ? 1 : 2)));
        break;
      }
      offset -= planSize(plan);
    }
  }
  return { items, total };
}
