import fc from 'fast-check';
import { formatCalendarDate, formatInstant } from '../../src/core/format.js';
import {
  normalizeIssuePage,
  normalizeMigrationLog,
  normalizeMigrationLogDetails,
  normalizeMigrationLogPage,
} from '../../src/core/normalize.js';
import { toCalendarDate, toProgress, toText } from '../../src/core/normalize-values.js';
import { parseStatus } from '../../src/core/status.js';
import type { MigrationIssueList, MigrationLog, MigrationLogDetails } from '../../src/core/types.js';
import { PROPERTY_RUNS, PROPERTY_SEED } from '../support/property.js';

/** Fixed seed so a failure replays; fast-check prints the seed and path with every failure. */
// Cheap properties: more runs than the rendering ones.
const FC = { seed: PROPERTY_SEED, numRuns: Math.max(PROPERTY_RUNS, 300) } as const;
const CAP = 10_000;
const STATUSES = new Set(['accepted', 'in-progress', 'error', 'completed', 'completed-warning', 'unknown']);

const hostileString = fc.oneof(
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '\u202Egnp.exe',
    '\u200F\u202Bمرحبا\u202C',
    '😀👩‍👩‍👧🏳️‍🌈',
    'x'.repeat(10_000),
    'y'.repeat(10_001),
    '😀'.repeat(6_000),
    '__proto__',
    'constructor',
    'toString',
    '',
    '   ',
    '\u0000',
    '\uD800',
    'Completed-Warning',
    'IN_PROGRESS',
    '2024-02-30',
    '2024-02-29',
    '2024-01-01T23:00:00-05:00',
    '2024-01-01T10:00:00Z',
    'yesterday',
    'javascript:alert(1)',
    'https://files.example.com/r.csv',
    '42',
    'NaN',
  ),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(1e20, -1e20, Number.MAX_VALUE, -Number.MAX_VALUE, -0, 8.64e15, 8.64e15 + 1, 250, -5),
);

const junk = fc.anything({
  maxDepth: 2,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  stringUnit: 'binary',
});

/** Any value a field could hold: hostile text, absurd numbers, wrong types. */
const field = fc.oneof(hostileString, hostileNumber, junk, fc.jsonValue({ maxDepth: 2 }));

const isoInstant = fc
  .date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Record-shaped input; a small id pool forces duplicates and ids that look like generated keys. */
const recordArb = fc.record(
  {
    id: fc.oneof(fc.constantFrom('a', 'a', 'a~1', 'a~2', '#1', '#2', 'b', ' a '), field),
    status: fc.oneof(
      fc.constantFrom('Accepted', 'In progress', 'ERROR', 'Completed', 'COMPLETED_WARNING', 'completed-warning'),
      field,
    ),
    startTime: fc.oneof(isoInstant, field),
    endTime: fc.oneof(isoInstant, field),
    generatedBy: field,
    cutoverDate: fc.oneof(
      isoInstant,
      isoInstant.map((s) => s.slice(0, 10)),
      field,
    ),
    progress: fc.oneof(fc.double({ min: -50, max: 150 }), field),
  },
  { requiredKeys: [] },
);

const objectArb = fc.record(
  { name: field, total: field, processed: field, failed: field, skipped: field },
  { requiredKeys: [] },
);
const issueArb = fc.record(
  { level: fc.oneof(fc.constantFrom('error', 'warning', 'WARN', 'info'), field), message: field, count: field },
  { requiredKeys: [] },
);
const issuesArb = fc.record(
  { items: fc.oneof(fc.array(fc.oneof(issueArb, junk), { maxLength: 8 }), field), total: field },
  { requiredKeys: [] },
);

const detailsArb = fc.tuple(
  recordArb,
  fc.record(
    {
      objects: fc.oneof(fc.array(fc.oneof(objectArb, junk), { maxLength: 8 }), field),
      issues: fc.oneof(issuesArb, field),
      issueCounts: fc.oneof(
        fc.record(
          { total: field, processed: field, succeeded: field, failed: field, skipped: field, warnings: field },
          { requiredKeys: [] },
        ),
        field,
      ),
      parameters: fc.oneof(fc.dictionary(hostileString, field, { maxKeys: 6 }), field),
      resultFileUrl: fc.oneof(
        fc.constantFrom('javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', 'java\nscript:x'),
        fc.webUrl(),
        field,
      ),
    },
    { requiredKeys: [] },
  ),
);

const pageArb = fc.record(
  {
    items: fc.oneof(fc.array(fc.oneof(recordArb, junk), { maxLength: 30 }), field),
    total: field,
    hasNextPage: field,
  },
  { requiredKeys: [] },
);

function expectText(value: string, { nonEmpty }: { nonEmpty: boolean }): void {
  expect(typeof value).toBe('string');
  expect(value.length).toBeLessThanOrEqual(CAP + 1);
  if (nonEmpty) expect(value.trim()).not.toBe('');
}

function expectInstant(value: Date | null): void {
  if (value === null) return;
  expect(value).toBeInstanceOf(Date);
  expect(Number.isFinite(value.getTime())).toBe(true);
  expect(() => formatInstant(value, { locale: 'en-US', timeZone: 'UTC' })).not.toThrow();
}

function expectCount(value: number | null): void {
  if (value !== null) expect(Number.isInteger(value) && value >= 0).toBe(true);
}

/** What every table row and dialog relies on. */
function expectRenderable(log: MigrationLog): void {
  // An id is the source's or none (''): never made up, as it goes back to the source.
  expectText(log.id, { nonEmpty: false });
  expectText(log.rowKey, { nonEmpty: true });
  if (log.id) expect(log.rowKey.startsWith(log.id)).toBe(true);
  expect(STATUSES.has(log.status)).toBe(true);
  expectText(log.rawStatus, { nonEmpty: false });
  expect(parseStatus(log.rawStatus)).toBe(log.status);
  expectInstant(log.startTime);
  expectInstant(log.endTime);
  if (log.generatedBy !== null) expectText(log.generatedBy, { nonEmpty: true });
  if (log.cutoverDate !== null) {
    expect(log.cutoverDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(formatCalendarDate(log.cutoverDate, { locale: 'en-US' })).not.toBe(log.cutoverDate);
  }
  if (log.progress !== null) {
    expect(Number.isFinite(log.progress)).toBe(true);
    expect(log.progress).toBeGreaterThanOrEqual(0);
    expect(log.progress).toBeLessThanOrEqual(100);
  }
}

function expectIssues(list: MigrationIssueList): void {
  expect(Array.isArray(list.items)).toBe(true);
  expect(new Set(list.items.map((i) => i.key)).size).toBe(list.items.length);
  for (const issue of list.items) {
    expect(['error', 'warning']).toContain(issue.level);
    expectText(issue.message, { nonEmpty: false });
    expect(Number.isInteger(issue.count) && issue.count >= 1).toBe(true);
  }
  if (list.total !== null) expect(list.total).toBeGreaterThanOrEqual(list.items.length);
}

function expectRenderableDetails(details: MigrationLogDetails): void {
  expectRenderable(details);
  for (const object of details.objects) {
    expectText(object.name, { nonEmpty: true });
    for (const n of [object.total, object.processed, object.failed, object.skipped]) expectCount(n);
  }
  for (const n of Object.values(details.counts)) expectCount(n);
  if (details.issues !== null) expectIssues(details.issues);
  for (const parameter of details.parameters) {
    expectText(parameter.name, { nonEmpty: false });
    expectText(parameter.value, { nonEmpty: false });
  }
  if (details.resultFileUrl !== null) {
    expect(['http:', 'https:']).toContain(new URL(details.resultFileUrl, 'https://host.example').protocol);
  }
}

describe('normalisation never throws and always yields a renderable record', () => {
  it('normalizeMigrationLog on anything', () => {
    fc.assert(
      fc.property(fc.oneof(junk, fc.jsonValue()), fc.nat(1000), (raw, index) => {
        expectRenderable(normalizeMigrationLog(raw, index));
      }),
      FC,
    );
  });

  it('normalizeMigrationLog on record-shaped hostile input', () => {
    fc.assert(
      fc.property(recordArb, (raw) => {
        expectRenderable(normalizeMigrationLog(raw));
      }),
      FC,
    );
  });

  it('normalizeMigrationLogPage: every item kept, row keys unique, total consistent', () => {
    fc.assert(
      fc.property(fc.oneof(pageArb, junk, fc.jsonValue()), (raw) => {
        const page = normalizeMigrationLogPage(raw);
        const rawItems =
          typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? Reflect.get(raw, 'items') : null;
        expect(page.items).toHaveLength(Array.isArray(rawItems) ? rawItems.length : 0);
        for (const item of page.items) expectRenderable(item);
        expect(new Set(page.items.map((i) => i.rowKey)).size).toBe(page.items.length);
        if (page.total !== null) expect(Number.isInteger(page.total) && page.total >= page.items.length).toBe(true);
        expect(typeof page.hasNextPage).toBe('boolean');
      }),
      FC,
    );
  });

  it('normalizeMigrationLogPage keeps each id (as text) next to its unique key', () => {
    const ids = fc.array(fc.constantFrom('a', 'a~1', 'a~1~1', 'b', '#1', '#2'), { maxLength: 40 });
    fc.assert(
      fc.property(ids, (list) => {
        const page = normalizeMigrationLogPage({ items: list.map((id) => ({ id })) });
        expect(page.items.map((i) => i.id)).toEqual(list);
        expect(new Set(page.items.map((i) => i.rowKey)).size).toBe(list.length);
      }),
      FC,
    );
  });

  it('normalizeMigrationLogDetails on anything and on details-shaped hostile input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          detailsArb.map(([r, d]) => ({ ...r, ...d })),
          junk,
          fc.jsonValue(),
        ),
        (raw) => {
          expectRenderableDetails(normalizeMigrationLogDetails(raw));
        },
      ),
      FC,
    );
  });

  it('normalizeIssuePage on anything, at any offset', () => {
    fc.assert(
      fc.property(fc.oneof(issuesArb, junk), fc.nat(10_000), (raw, offset) => {
        const page = normalizeIssuePage(raw, offset);
        expectIssues(page);
        if (page.total !== null) expect(page.total).toBeGreaterThanOrEqual(offset + page.items.length);
      }),
      FC,
    );
  });
});

describe('value converters', () => {
  it('toCalendarDate accepts exactly the days that exist', () => {
    // Independent oracle: the Gregorian month lengths, leap years included.
    const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const daysIn = (y: number, m: number) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          const valid = m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);
          expect(toCalendarDate(text)).toBe(valid ? text : null);
          expect(toCalendarDate(`${text}T12:00:00+14:00`)).toBe(valid ? text : null);
        },
      ),
      FC,
    );
  });

  it('toProgress keeps values in range unchanged and clamps the rest', () => {
    fc.assert(
      fc.property(fc.double(), (n) => {
        const p = toProgress(n);
        if (!Number.isFinite(n)) expect(p).toBeNull();
        else expect(p).toBe(Math.min(100, Math.max(0, n)));
      }),
      FC,
    );
  });

  it('toText caps at the limit plus an ellipsis and never splits a surrogate pair', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 9_990, max: 10_000 }),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
        (n, tail) => {
          const text = toText(`${'a'.repeat(n)}${tail}`);
          if (text === null) return;
          expect(text.length).toBeLessThanOrEqual(CAP + 1);
          expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        },
      ),
      FC,
    );
  });
});

describe('fast-check configuration', () => {
  it('reports the seed of a failing property so it can be replayed', () => {
    expect(() =>
      fc.assert(
        fc.property(fc.nat(), (n) => n < 0),
        FC,
      ),
    ).toThrow(/seed: 20261128/);
  });
});
