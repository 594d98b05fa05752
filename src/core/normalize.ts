import {
  isObject,
  toCalendarDate,
  toCount,
  toDisplayValue,
  toId,
  toInstant,
  toProgress,
  toSafeUrl,
  toText,
} from './normalize-values.js';
import { parseStatus } from './status.js';
import type {
  IssueCounts,
  MigrationIssue,
  MigrationIssueList,
  MigrationLog,
  MigrationLogDetails,
  MigrationLogListResult,
  MigrationObjectStats,
} from './types.js';

/**
 * Normalises one untrusted migration record. Never throws: missing or broken fields become null,
 * an unrecognised status becomes `unknown` with the raw value kept for display.
 */
export function normalizeMigrationLog(raw: unknown, index = 0): MigrationLog {
  const record = isObject(raw) ? raw : {};
  // No usable id: none is made up, as it would go back to the source (and could name another
  // migration); the row gets a key by its position.
  const id = toId(record.id) ?? '';
  const rawStatus = toText(record.status) ?? '';
  return {
    id,
    rowKey: id || `#${index + 1}`,
    status: parseStatus(rawStatus),
    rawStatus,
    startTime: toInstant(record.startTime),
    endTime: toInstant(record.endTime),
    generatedBy: toText(record.generatedBy),
    cutoverDate: toCalendarDate(record.cutoverDate),
    progress: toProgress(record.progress),
  };
}

/** Gives every row a unique key, so duplicate ids from a server cannot confuse rendering. */
function withUniqueRowKeys<T extends { id: string; rowKey: string }>(items: T[]): T[] {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return items.map((item) => {
    // Skip suffixes another row already holds: ids `a`, `a`, `a~1` must not yield `a~1` twice.
    const base = item.rowKey;
    let n = next.get(base) ?? 0;
    let rowKey = base;
    while (used.has(rowKey)) rowKey = `${base}~${++n}`;
    used.add(rowKey);
    next.set(base, n);
    return rowKey === base ? item : { ...item, rowKey };
  });
}

/**
 * The items of an answer, normalised, at most `pageSize` of them: a server that ignores the page size
 * must not make the view render its whole history (the rows after belong to the next pages anyway).
 * `offset` is the index of the first, for keys unique across pages.
 */
function pageItems<T>(
  items: unknown,
  offset: number,
  pageSize: number,
  normalize: (item: unknown, index: number) => T,
): T[] {
  const page: unknown[] = Array.isArray(items) ? items.slice(0, pageSize > 0 ? pageSize : undefined) : [];
  // Array.from, not map: map would keep the holes of a sparse array.
  return Array.from(page, (item, i) => normalize(item, offset + i));
}

/**
 * Normalises a list answer. Garbage (not an object, `items` not an array) yields an empty page.
 * `offset` (index of its first item) keeps a stale total from counting fewer rows than came before.
 * With the `pageSize` asked for, at most that many items are kept, and a full page from a source
 * that gives neither a total nor `hasNextPage` means more may follow, as in the issues list.
 */
export function normalizeMigrationLogPage(raw: unknown, offset = 0, pageSize = 0): MigrationLogListResult {
  const page = isObject(raw) ? raw : {};
  const items = withUniqueRowKeys(pageItems(page.items, offset, pageSize, normalizeMigrationLog));
  const total = toCount(page.total);
  return {
    items,
    // An empty page proves nothing about the rows before it.
    total: total === null ? null : Math.max(total, items.length && offset + items.length),
    hasNextPage:
      typeof page.hasNextPage === 'boolean'
        ? page.hasNextPage
        : total === null && pageSize > 0 && items.length >= pageSize,
  };
}

/** True when the value looks like a list answer; lets hooks tell garbage from an empty page. */
export function isMigrationLogPageShape(raw: unknown): raw is Record<string, unknown> & { items: unknown[] } {
  return isObject(raw) && Array.isArray(raw.items);
}

function normalizeIssue(raw: unknown, index: number): MigrationIssue {
  const issue = isObject(raw) ? raw : {};
  const level = typeof issue.level === 'string' && /^warn/i.test(issue.level) ? 'warning' : 'error';
  return {
    key: String(index),
    level,
    message: toText(issue.message) ?? '',
    object: toText(issue.object),
    recordKey: toText(issue.recordKey),
    // A count is whole and ≥ 0: 0 and none read as 1.
    count: toCount(issue.count) || 1,
  };
}

/**
 * Normalises a page of issues; `offset` (index of its first item) keeps keys unique across pages.
 * With the `pageSize` asked for, at most that many items are kept.
 */
export function normalizeIssuePage(raw: unknown, offset = 0, pageSize = 0): MigrationIssueList {
  const page = isObject(raw) ? raw : {};
  const items = pageItems(page.items, offset, pageSize, normalizeIssue);
  const total = toCount(page.total);
  return { items, total: total === null ? null : Math.max(total, offset + items.length) };
}

function normalizeObject(raw: unknown): MigrationObjectStats | null {
  if (!isObject(raw)) return null;
  const name = toText(raw.name);
  if (name === null) return null;
  return {
    name,
    total: toCount(raw.total),
    processed: toCount(raw.processed),
    failed: toCount(raw.failed),
    skipped: toCount(raw.skipped),
  };
}

function normalizeCounts(raw: unknown): IssueCounts {
  const counts = isObject(raw) ? raw : {};
  return {
    total: toCount(counts.total),
    processed: toCount(counts.processed),
    succeeded: toCount(counts.succeeded),
    failed: toCount(counts.failed),
    skipped: toCount(counts.skipped),
    warnings: toCount(counts.warnings),
    errors: toCount(counts.errors),
  };
}

/** Normalises the details of one migration. Never throws. */
export function normalizeMigrationLogDetails(raw: unknown): MigrationLogDetails {
  const record = isObject(raw) ? raw : {};
  const objects = Array.isArray(record.objects) ? record.objects : [];
  const parameters = isObject(record.parameters) ? Object.entries(record.parameters) : [];
  return {
    ...normalizeMigrationLog(record),
    objects: objects.map(normalizeObject).filter((o): o is MigrationObjectStats => o !== null),
    issues: isObject(record.issues) ? normalizeIssuePage(record.issues) : null,
    counts: normalizeCounts(record.issueCounts),
    parameters: parameters.map(([name, value]) => ({ name: toText(name) ?? '', value: toDisplayValue(value) })),
    resultFileUrl: toSafeUrl(record.resultFileUrl),
  };
}
