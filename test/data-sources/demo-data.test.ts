import { describe, expect, it } from 'vitest';
import { normalizeMigrationLogDetails } from '../../src/core/normalize.js';
import { toCalendarDate } from '../../src/core/normalize-values.js';
import { parseStatus } from '../../src/core/status.js';
import type { MigrationLogDetailsRecord } from '../../src/core/types.js';
import { generateMigrationLogs } from '../../src/data-sources/index.js';
import { NOW } from './helpers/fixtures.js';

const TWO_YEARS = 730 * 24 * 3600 * 1000;
const records = generateMigrationLogs({ count: 5000, seed: 5, now: NOW });
const statusOf = (record: MigrationLogDetailsRecord) => parseStatus(record.status);

describe('generateMigrationLogs', () => {
  it('is deterministic for a seed and a now, and differs for another seed', () => {
    expect(generateMigrationLogs({ count: 300, seed: 5, now: NOW })).toEqual(records.slice(0, 300));
    expect(generateMigrationLogs({ count: 300, seed: 5, now: new Date(NOW) })).toEqual(records.slice(0, 300));
    expect(generateMigrationLogs({ count: 300, seed: 6, now: NOW })).not.toEqual(records.slice(0, 300));
    expect(generateMigrationLogs({ count: 0 })).toEqual([]);
  });

  it('shows every status even in a tiny demo, in canonical spelling', () => {
    const five = generateMigrationLogs({ count: 5, now: NOW });
    expect(new Set(five.map(statusOf))).toEqual(
      new Set(['accepted', 'in-progress', 'error', 'completed', 'completed-warning']),
    );
    expect(records.every((r) => statusOf(r) !== 'unknown')).toBe(true);
  });

  it('gives unique ids, some of them very long', () => {
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(records.some((r) => r.id.length > 60)).toBe(true);
  });

  it('mixes names, emails, service accounts, very long names and a few missing users', () => {
    const users = records.map((r) => r.generatedBy);
    expect(users.some((u) => u === null)).toBe(true);
    expect(users.some((u) => u?.includes('@'))).toBe(true);
    expect(users.some((u) => u !== null && u !== undefined && /^\p{L}+ [\p{L}']+$/u.test(u))).toBe(true);
    expect(users.some((u) => (u?.length ?? 0) > 50)).toBe(true);
  });

  it('times active migrations as running now and finished ones over the last two years', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string, record: MigrationLogDetailsRecord) => {
      if (!ok) problems.push(`${record.id} (${record.status}): ${what}`);
    };
    for (const record of records) {
      const status = statusOf(record);
      const start = record.startTime ? Date.parse(record.startTime) : null;
      const end = record.endTime ? Date.parse(record.endTime) : null;
      const progress = record.progress ?? Number.NaN;
      if (start !== null) check(start >= NOW - TWO_YEARS && start <= NOW, 'start within two years', record);
      if (status === 'accepted' || status === 'in-progress') {
        check(end === null && progress < 100 && record.resultFileUrl === null, 'unfinished', record);
      } else {
        check(end !== null && end <= NOW && (start === null || end > start), 'ended after start', record);
        check(/^https:\/\//.test(record.resultFileUrl ?? ''), 'result file', record);
      }
      if (status === 'accepted') check(progress === 0, 'no progress', record);
      if (status === 'in-progress' || status === 'error') check(progress > 0 && progress < 100, 'partial', record);
      if (status === 'completed' || status === 'completed-warning') check(progress === 100, 'complete', record);
    }
    expect(problems).toEqual([]);
    expect(records.some((r) => r.startTime === null)).toBe(true);
  });

  it('gives cutover dates as real calendar dates, on or before the start', () => {
    for (const record of records) {
      if (record.cutoverDate === null || record.cutoverDate === undefined) continue;
      expect(toCalendarDate(record.cutoverDate)).toBe(record.cutoverDate);
      if (record.startTime) expect(record.cutoverDate <= record.startTime.slice(0, 10)).toBe(true);
      expect(record.parameters?.cutoverDate).toBe(record.cutoverDate);
    }
    expect(records.filter((r) => r.cutoverDate?.endsWith('-01')).length).toBeGreaterThan(records.length / 3);
  });

  it('keeps per-object breakdowns and issue counts consistent', () => {
    const problems: string[] = [];
    for (const record of records) {
      const objects = record.objects ?? [];
      const counts = record.issueCounts ?? {};
      const sum = (key: 'total' | 'processed' | 'failed' | 'skipped') => objects.reduce((s, o) => s + (o[key] ?? 0), 0);
      const status = statusOf(record);
      const rules: [boolean, string][] = [
        [objects[0]?.name === 'Subscriptions' && objects.length >= 2, 'objects listed'],
        [
          objects.every((o) => (o.failed ?? 0) + (o.skipped ?? 0) <= (o.processed ?? 0)),
          'failed + skipped <= processed',
        ],
        [objects.every((o) => (o.processed ?? 0) <= (o.total ?? 0)), 'processed <= total'],
        [counts.total === sum('total') && counts.processed === sum('processed'), 'totals add up'],
        [counts.failed === sum('failed') && counts.skipped === sum('skipped'), 'failures add up'],
        [counts.failed === counts.errors, 'one error per failed record'],
        [counts.succeeded === sum('processed') - sum('failed') - sum('skipped'), 'succeeded is the rest'],
        [
          status !== 'completed' || (counts.errors === 0 && counts.warnings === 0 && counts.processed === counts.total),
          'clean completion',
        ],
        [status !== 'completed-warning' || (counts.warnings ?? 0) > 0, 'warnings'],
        [status !== 'error' || (counts.errors ?? 0) > 0, 'errors'],
      ];
      for (const [ok, rule] of rules) if (!ok) problems.push(`${record.id}: ${rule}`);
    }
    expect(problems).toEqual([]);
  });

  it('includes a few migrations with thousands of issues and one with 50,000', () => {
    const issues = (r: MigrationLogDetailsRecord) => (r.issueCounts?.errors ?? 0) + (r.issueCounts?.warnings ?? 0);
    expect(issues(records[2] as MigrationLogDetailsRecord)).toBe(50_000);
    expect(records.filter((r) => issues(r) >= 1000).length).toBeGreaterThan(2);
  });

  it('records the parameters a migration ran with', () => {
    for (const record of records.slice(0, 50)) {
      expect(Object.keys(record.parameters ?? {})).toEqual([
        'cutoverDate',
        'includeArchived',
        'batchSize',
        'tenant',
        'mode',
      ]);
    }
  });

  it('produces records the view normalises without loss', () => {
    for (const record of records.slice(0, 200)) {
      const details = normalizeMigrationLogDetails(record);
      expect(details.status).not.toBe('unknown');
      expect(details.objects).toHaveLength(record.objects?.length ?? 0);
      expect(details.resultFileUrl).toBe(record.resultFileUrl);
      if (record.startTime) expect(details.startTime?.toISOString()).toBe(record.startTime);
    }
  });
});
