import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import { generateMigrationLogs } from '../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';
import type { InMemoryDataSourceOptions } from '../../src/data-sources/in-memory/types.js';

/** Every story runs at this fixed moment, so screenshots and tests do not drift. */
export const STORY_NOW = Date.UTC(2026, 10, 28, 12, 0, 0);

/** Generated demo records at the fixed story time; the first five cover every status. */
export function demoRecords(count = 240): MigrationLogDetailsRecord[] {
  return generateMigrationLogs({ count, seed: 7, now: STORY_NOW });
}

/** A demo source over generated data at the fixed story time. */
export function demoSource(count = 240, options: InMemoryDataSourceOptions = {}) {
  return createInMemoryDataSource(demoRecords(count), {
    now: () => STORY_NOW,
    ...options,
  });
}

let hundredThousand: ReturnType<typeof demoSource> | undefined;
/**
 * 100,000 generated migrations, built on first use (not at import) and shared by the scroll-mode
 * stories; the one with 50,000 issues is among them.
 */
export function hundredThousandSource() {
  hundredThousand ??= demoSource(100_000);
  return hundredThousand;
}

/** A source whose list never answers: the first-load state stays on screen. */
export const pendingSource: MigrationLogDataSource = {
  list: (_query, { signal }) =>
    new Promise((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    }),
  get: () => Promise.reject(new MigrationLogError('Not available in this story.', { kind: 'http', status: 404 })),
};

const HOSTILE = '<img src=x onerror=alert(1)>';

/** Records a broken backend might send: unknown statuses, bad dates, out-of-range progress, HTML. */
export const hostileRecords = [
  { id: 'mig-unknown', status: 'PAUSED_BY_OPERATOR', startTime: '2026-11-20T08:00:00Z', progress: 40 },
  {
    id: 'mig-bad-dates',
    status: 'Completed',
    startTime: 'yesterday',
    endTime: '2026-13-45',
    cutoverDate: '2026-02-30',
    progress: 100,
  },
  { id: 'mig-progress-250', status: 'IN_PROGRESS', startTime: '2026-11-27T10:00:00Z', progress: 250 },
  { id: 'mig-progress-negative', status: 'in progress', startTime: '2026-11-27T09:00:00Z', progress: -5 },
  { id: 'mig-progress-nan', status: 'ERROR', startTime: '2026-11-26T09:00:00Z', progress: Number.NaN },
  {
    id: HOSTILE,
    status: HOSTILE,
    startTime: '2026-11-25T09:00:00Z',
    generatedBy: HOSTILE,
    cutoverDate: HOSTILE,
    progress: 10,
  },
  { id: 'mig-missing-fields', status: 'COMPLETED_WARNING' },
  // No id: shown, but with no details action (none is made up to send back).
  { status: 'ERROR', startTime: '2026-11-23T09:00:00Z', generatedBy: 'no-id@example.com', progress: 5 },
  {
    id: `mig-${'long-id-'.repeat(20)}`,
    status: 'Completed-Warning',
    startTime: '2026-11-24T09:00:00Z',
    endTime: '2026-11-24T11:05:00Z',
    generatedBy: `Maximiliane ${'von und zu '.repeat(500)}Habsburg-Lothringen`,
    cutoverDate: '2026-01-01',
    progress: 100,
  },
] as unknown as MigrationLogDetailsRecord[];

/** Wraps a source so list calls fail while `failing.current` is true, like a flaky backend. */
export function flakySource(source: MigrationLogDataSource, failing: { current: boolean }): MigrationLogDataSource {
  return {
    ...source,
    list: (query, ctx) =>
      failing.current
        ? Promise.reject(new MigrationLogError('Database connection lost (HTTP 503).', { kind: 'http', status: 503 }))
        : source.list(query, ctx),
  };
}

/** Answers the first list call, then holds every later one open: a refresh stays in flight. */
export function slowAfterFirstSource(source: MigrationLogDataSource): MigrationLogDataSource {
  let calls = 0;
  return {
    ...source,
    list: (query, ctx) => {
      calls += 1;
      return calls === 1 ? source.list(query, ctx) : pendingSource.list(query, ctx);
    },
  };
}
