import {
  isMigrationLogPageShape,
  normalizeIssuePage,
  normalizeMigrationLog,
  normalizeMigrationLogDetails,
  normalizeMigrationLogPage,
} from '../../src/core/normalize.js';
import {
  toCalendarDate,
  toCount,
  toDisplayValue,
  toId,
  toInstant,
  toProgress,
  toSafeUrl,
  toText,
  toUtcDay,
  truncate,
} from '../../src/core/normalize-values.js';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('instants (start and end time)', () => {
  it.each<[string, unknown]>([
    ['a word', 'yesterday'],
    ['month 13, day 45', '2024-13-45'],
    ['30 February as a date-time', '2024-02-30T10:00:00Z'],
    ['text with a number V8 would read as May 2001', 'Migration 5'],
    ['a bare number string', '1'],
    ['a US date', '5/6/2024'],
    ['an RFC 2822 date', 'Mon, 01 Jan 2024 10:00:00 GMT'],
    ['hour 25', '2024-01-01T25:00:00Z'],
    ['an empty string', ''],
    ['blank', '   '],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a huge number', 1e20],
    ['a huge negative number', -1e20],
    ['just past the Date range', 8.64e15 + 1],
    ['an object', {}],
    ['an array', []],
    ['a boolean', true],
    ['a Date object (not wire data)', new Date('2024-01-01T00:00:00Z')],
  ])('rejects %s', (_, value) => {
    expect(toInstant(value)).toBeNull();
    expect(normalizeMigrationLog({ id: 'm', startTime: value, endTime: value })).toMatchObject({
      startTime: null,
      endTime: null,
    });
  });

  it.each([
    ['2024-01-01T10:00:00Z', '2024-01-01T10:00:00.000Z'],
    ['2024-01-01T10:00:00.123Z', '2024-01-01T10:00:00.123Z'],
    ['2024-06-01T10:00:00+02:00', '2024-06-01T08:00:00.000Z'],
    ['2024-06-01T10:00:00-0500', '2024-06-01T15:00:00.000Z'],
    ['  2024-01-01T10:00Z  ', '2024-01-01T10:00:00.000Z'],
    ['2024-01-01 10:00:00Z', '2024-01-01T10:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    // Without an offset a date-time is UTC, like a date alone, not the viewer's own zone.
    ['2025-04-01T10:00', '2025-04-01T10:00:00.000Z'],
    ['2025-04-01 11:30:00', '2025-04-01T11:30:00.000Z'],
    ['2025-04-01t11:30:00.5', '2025-04-01T11:30:00.500Z'],
  ])('reads ISO 8601 %j', (value, iso) => {
    expect(toInstant(value)?.toISOString()).toBe(iso);
  });

  it('reads epoch milliseconds', () => {
    expect(toInstant(1_704_103_200_000)?.toISOString()).toBe('2024-01-01T10:00:00.000Z');
    expect(toInstant(0)?.toISOString()).toBe('1970-01-01T00:00:00.000Z');
  });
});

describe('cutover date (a calendar date, never an instant)', () => {
  it.each<[unknown, string | null]>([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-30', null],
    ['2023-02-29', null],
    ['2024-04-31', null],
    ['2024-13-01', null],
    ['2024-00-10', null],
    ['2024-01-00', null],
    ['2024-01-01T23:00:00-05:00', '2024-01-01'],
    ['2024-12-31T23:59:59Z', '2024-12-31'],
    ['  2024-01-01  ', '2024-01-01'],
    ['2024-01-011', null],
    ['2025-04-01junk', null],
    ['2025-04-01/02', null],
    ['2024-1-1', null],
    ['01/01/2024', null],
    ['0024-01-01', '0024-01-01'],
    ['', null],
    [20240101, null],
    [new Date('2024-01-01T00:00:00Z'), null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (value, expected) => {
    expect(toCalendarDate(value)).toBe(expected);
    expect(normalizeMigrationLog({ id: 'm', cutoverDate: value }).cutoverDate).toBe(expected);
  });

  it('accepts exactly the days that exist, in every month of leap, common and century years', () => {
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const year of [0, 4, 100, 1900, 1999, 2000, 2023, 2024, 2100, 2400, 9999]) {
      for (let month = 0; month <= 13; month += 1) {
        for (let day = 0; day <= 32; day += 1) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          // The oracle: the day JavaScript's own calendar rolls the parts to, if it is the same day.
          const date = new Date(0);
          date.setUTCFullYear(year, month - 1, day);
          const exists = month >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
          expect(toCalendarDate(text), text).toBe(exists ? text : null);
          expect(toUtcDay(text)?.getTime(), text).toBe(exists ? date.getTime() : undefined);
          expect(toInstant(`${text}T12:00:00Z`) !== null, text).toBe(exists);
        }
      }
    }
  });
});

describe('progress', () => {
  it.each<[unknown, number | null]>([
    [250, 100],
    [100, 100],
    [-5, 0],
    [0, 0],
    [42.5, 42.5],
    ['42', 42],
    [' 7 ', 7],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    ['abc', null],
    ['', null],
    ['1e3', 100],
    ['.5', 0.5],
    ['-3', 0],
    // Number() would read these as 64, 1 and Infinity: not decimal, so not progress.
    ['0x40', null],
    ['0b1', null],
    ['Infinity', null],
    ['12abc', null],
    [null, null],
    [undefined, null],
    [true, null],
    [{}, null],
  ])('%j → %j', (value, expected) => {
    expect(toProgress(value)).toBe(expected);
    expect(normalizeMigrationLog({ id: 'm', progress: value }).progress).toBe(expected);
  });
});

describe('normalizeMigrationLog', () => {
  it('normalises a complete record', () => {
    expect(
      normalizeMigrationLog({
        id: 'mig-1',
        status: 'In progress',
        startTime: '2024-01-01T10:00:00Z',
        endTime: null,
        generatedBy: '  alice@example.com ',
        cutoverDate: '2023-12-31',
        progress: 37,
      }),
    ).toEqual({
      id: 'mig-1',
      rowKey: 'mig-1',
      status: 'in-progress',
      rawStatus: 'In progress',
      startTime: new Date('2024-01-01T10:00:00Z'),
      endTime: null,
      generatedBy: 'alice@example.com',
      cutoverDate: '2023-12-31',
      progress: 37,
    });
  });

  it('keeps an id exactly as sent: it is sent back to the server, so it is not trimmed', () => {
    expect(normalizeMigrationLog({ id: ' padded ' })).toMatchObject({ id: ' padded ', rowKey: ' padded ' });
    expect(normalizeMigrationLog({ id: '  ' }, 2)).toMatchObject({ id: '', rowKey: '#3' });
  });

  it('fills every missing field with null', () => {
    expect(normalizeMigrationLog({ id: 'm1' })).toEqual({
      id: 'm1',
      rowKey: 'm1',
      status: 'unknown',
      rawStatus: '',
      startTime: null,
      endTime: null,
      generatedBy: null,
      cutoverDate: null,
      progress: null,
    });
  });

  it.each<[string, unknown, number, string, string]>([
    ['a number id as its digits', 42, 0, '42', '42'],
    ['a zero id as "0"', 0, 0, '0', '0'],
    ['an object id as none, keyed by position', { id: 1 }, 0, '', '#1'],
    ['a missing id as none, keyed by position', undefined, 4, '', '#5'],
    ['a blank id as none', '   ', 1, '', '#2'],
    ['a NaN id as none', Number.NaN, 0, '', '#1'],
    ['a boolean id as none', true, 2, '', '#3'],
  ])('takes %s', (_, id, index, expected, rowKey) => {
    expect(normalizeMigrationLog({ id }, index)).toMatchObject({ id: expected, rowKey });
  });

  it.each([null, undefined, 'x', 42, [], [{ id: 'a' }], true])('turns %j into an empty fallback record', (raw) => {
    expect(normalizeMigrationLog(raw, 2)).toEqual({
      id: '',
      rowKey: '#3',
      status: 'unknown',
      rawStatus: '',
      startTime: null,
      endTime: null,
      generatedBy: null,
      cutoverDate: null,
      progress: null,
    });
  });

  it('keeps generated-by text as text, trimmed', () => {
    const html = '<img src=x onerror=alert(1)>';
    expect(normalizeMigrationLog({ id: 'm', generatedBy: ` ${html} ` }).generatedBy).toBe(html);
    expect(normalizeMigrationLog({ id: 'm', generatedBy: '' }).generatedBy).toBeNull();
    expect(normalizeMigrationLog({ id: 'm', generatedBy: 7 }).generatedBy).toBe('7');
    expect(normalizeMigrationLog({ id: 'm', generatedBy: { name: 'x' } }).generatedBy).toBeNull();
  });

  it('caps very long strings at 10,000 characters plus an ellipsis', () => {
    const log = normalizeMigrationLog({
      id: 'x'.repeat(10_000),
      generatedBy: 'y'.repeat(10_001),
      status: 'z'.repeat(10_000),
    });
    expect(log.id).toBe('x'.repeat(10_000));
    expect(log.generatedBy).toBe(`${'y'.repeat(10_000)}…`);
    expect(log.rawStatus).toBe('z'.repeat(10_000));
  });

  it('reads an id longer than 10,000 characters as no id: a cut id would be sent back as another one', () => {
    expect(normalizeMigrationLog({ id: 'x'.repeat(10_001) }, 4)).toMatchObject({ id: '', rowKey: '#5' });
    expect(toId(`${'x'.repeat(10_000)} `)).toBeNull();
    expect(toId('x'.repeat(10_000))).toBe('x'.repeat(10_000));
    // Text is still capped, not dropped.
    expect(toText(`${'x'.repeat(10_000)}y`)).toBe(`${'x'.repeat(10_000)}…`);
  });

  it('never cuts an emoji in half when capping', () => {
    const text = toText(`${'a'.repeat(9_999)}${'😀'.repeat(10)}`);
    expect(text).toBe(`${'a'.repeat(9_999)}…`);
    expect(text).not.toMatch(LONE_SURROGATE);
    expect(toText(`${'a'.repeat(9_998)}${'😀'.repeat(10)}`)).toBe(`${'a'.repeat(9_998)}😀…`);
  });
});

describe('normalizeMigrationLogPage', () => {
  it('normalises items, total and hasNextPage', () => {
    const page = normalizeMigrationLogPage({
      items: [
        { id: 'a', status: 'Completed' },
        { id: 'b', status: 'ERROR' },
      ],
      total: 12,
      hasNextPage: true,
    });
    expect(page.items.map((i) => [i.id, i.status])).toEqual([
      ['a', 'completed'],
      ['b', 'error'],
    ]);
    expect(page.total).toBe(12);
    expect(page.hasNextPage).toBe(true);
  });

  it.each([null, undefined, 'x', 42, [], [{ id: 'a' }], {}, { items: 'nope' }, { items: null }, { items: { 0: {} } }])(
    'turns garbage %j into an empty page',
    (raw) => {
      expect(normalizeMigrationLogPage(raw)).toEqual({ items: [], total: null, hasNextPage: false });
    },
  );

  it('tells a list answer from garbage', () => {
    expect(isMigrationLogPageShape({ items: [] })).toBe(true);
    expect(isMigrationLogPageShape({ items: 'nope' })).toBe(false);
    expect(isMigrationLogPageShape([])).toBe(false);
    expect(isMigrationLogPageShape(null)).toBe(false);
  });

  it('makes up no id for items without one, and keys them by their place in the whole list', () => {
    const page = normalizeMigrationLogPage({ items: [{ id: 7 }, {}, { id: { x: 1 } }, null, 'x'] }, 50);
    expect(page.items.map((i) => i.id)).toEqual(['7', '', '', '', '']);
    expect(page.items.map((i) => i.rowKey)).toEqual(['7', '#52', '#53', '#54', '#55']);
  });

  it('keeps duplicate ids but gives each row a unique key', () => {
    const page = normalizeMigrationLogPage({ items: [{ id: 'a' }, { id: 'a' }, { id: 'b' }, { id: 'a' }] });
    expect(page.items.map((i) => i.id)).toEqual(['a', 'a', 'b', 'a']);
    const keys = page.items.map((i) => i.rowKey);
    expect(keys[0]).toBe('a');
    expect(keys[2]).toBe('b');
    expect(new Set(keys).size).toBe(4);
  });

  it('keeps row keys unique when an id looks like a generated key', () => {
    const page = normalizeMigrationLogPage({ items: [{ id: 'a' }, { id: 'a' }, { id: 'a~1' }, { id: '#1' }, {}] });
    const keys = page.items.map((i) => i.rowKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(page.items.map((i) => i.id)).toEqual(['a', 'a', 'a~1', '#1', '']);
  });

  it('keeps the first row of an id keyed by the id itself', () => {
    const page = normalizeMigrationLogPage({ items: [{ id: 'a~1' }, { id: 'a' }, { id: 'a' }] });
    expect(page.items.map((i) => i.rowKey)).toEqual(['a~1', 'a', 'a~2']);
  });

  it('raises a total smaller than the items it came with', () => {
    expect(normalizeMigrationLogPage({ items: [{}, {}, {}], total: 1 }).total).toBe(3);
    expect(normalizeMigrationLogPage({ items: [{}, {}, {}], total: 0 }).total).toBe(3);
    expect(normalizeMigrationLogPage({ items: [{}], total: 40 }).total).toBe(40);
  });

  it('raises a total smaller than the rows before the page and on it, given the offset of its first row', () => {
    // Page 3 of 10 rows with a stale count of 5: at least 23 rows exist, not "page 3 of 1".
    expect(normalizeMigrationLogPage({ items: [{}, {}, {}], total: 5 }, 20).total).toBe(23);
    expect(normalizeMigrationLogPage({ items: [{}], total: 40 }, 20).total).toBe(40);
    // An empty page proves no rows before it: the total stands.
    expect(normalizeMigrationLogPage({ items: [], total: 5 }, 20).total).toBe(5);
  });

  it.each<[unknown, number | null]>([
    [undefined, null],
    [-1, null],
    // A SQL driver's bigint COUNT arrives as text; only decimal text counts.
    ['10', 10],
    [' 42 ', 42],
    ['0x10', null],
    ['ten', null],
    ['-3', null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [10.7, 10],
    // Beyond 2^53 − 1 a count is no count: 1e300 would print 301 digits and page to pageIndex 4e+298.
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER + 1, null],
    [2 ** 60, null],
    [1e300, null],
    ['1e300', null],
  ])('reads total %j as %j', (total, expected) => {
    expect(normalizeMigrationLogPage({ items: [], total }).total).toBe(expected);
  });

  it('reads hasNextPage only from a true boolean', () => {
    expect(normalizeMigrationLogPage({ items: [], hasNextPage: 'true' }).hasNextPage).toBe(false);
    expect(normalizeMigrationLogPage({ items: [], hasNextPage: 1 }).hasNextPage).toBe(false);
  });

  it('keeps at most the page size asked for, from a server that ignores it', () => {
    const items = Array.from({ length: 60 }, (_, i) => ({ id: `m${i}` }));
    const page = normalizeMigrationLogPage({ items }, 50, 50);
    expect(page.items.map((i) => i.id)).toEqual(items.slice(0, 50).map((i) => i.id));
    expect(page.hasNextPage).toBe(true);
    expect(normalizeMigrationLogPage({ items }).items).toHaveLength(60);
    const issues = normalizeIssuePage({ items: items.map((_, i) => ({ level: 'error', message: `e${i}` })) }, 0, 50);
    expect(issues.items).toHaveLength(50);
  });

  it('guesses more rows after a full page when the source gives neither total nor hasNextPage', () => {
    const full = { items: [{}, {}, {}] };
    expect(normalizeMigrationLogPage(full, 0, 3).hasNextPage).toBe(true);
    expect(normalizeMigrationLogPage({ items: [{}, {}] }, 0, 3).hasNextPage).toBe(false);
    // What the source says wins: a total, or its own hasNextPage.
    expect(normalizeMigrationLogPage({ ...full, total: 3 }, 0, 3).hasNextPage).toBe(false);
    expect(normalizeMigrationLogPage({ ...full, hasNextPage: false }, 0, 3).hasNextPage).toBe(false);
    // An absurd total counts as none: the page's fullness says whether more follow.
    expect(normalizeMigrationLogPage({ ...full, total: 1e300 }, 0, 3)).toMatchObject({
      total: null,
      hasNextPage: true,
    });
    // Without the page size asked for, nothing is guessed.
    expect(normalizeMigrationLogPage(full).hasNextPage).toBe(false);
  });

  it('fills the holes of a sparse items array instead of keeping them', () => {
    const items: unknown[] = new Array(3);
    items[1] = { id: 'b' };
    const page = normalizeMigrationLogPage({ items });
    expect(page.items).toHaveLength(3);
    expect(Object.keys(page.items)).toEqual(['0', '1', '2']);
    expect(page.items.map((i) => i.rowKey)).toEqual(['#1', 'b', '#3']);
  });
});

describe('normalizeMigrationLogDetails', () => {
  const base = { id: 'm1', status: 'Completed-Warning', startTime: '2024-01-01T10:00:00Z', progress: 100 };

  it('normalises the list fields like a list record', () => {
    const details = normalizeMigrationLogDetails(base);
    expect(details).toMatchObject({
      id: 'm1',
      rowKey: 'm1',
      status: 'completed-warning',
      startTime: new Date('2024-01-01T10:00:00Z'),
      progress: 100,
    });
  });

  it.each([null, undefined, 'x', [], 42])('turns garbage %j into an empty, renderable details record', (raw) => {
    expect(normalizeMigrationLogDetails(raw)).toEqual({
      id: '',
      rowKey: '#1',
      status: 'unknown',
      rawStatus: '',
      startTime: null,
      endTime: null,
      generatedBy: null,
      cutoverDate: null,
      progress: null,
      objects: [],
      issues: null,
      counts: {
        total: null,
        processed: null,
        succeeded: null,
        failed: null,
        skipped: null,
        warnings: null,
        errors: null,
      },
      parameters: [],
      resultFileUrl: null,
    });
  });

  it('drops objects without a name and nulls bad counts', () => {
    const details = normalizeMigrationLogDetails({
      ...base,
      objects: [
        { name: ' Invoice items ', total: 10, processed: 8.9, failed: -1, skipped: '2' },
        { total: 5 },
        { name: '   ', total: 5 },
        { name: 42, total: 1 },
        null,
        'Subscriptions',
        [{ name: 'nested' }],
      ],
    });
    expect(details.objects).toEqual([
      { name: 'Invoice items', total: 10, processed: 8, failed: null, skipped: 2 },
      { name: '42', total: 1, processed: null, failed: null, skipped: null },
    ]);
  });

  it('ignores objects that are not an array', () => {
    expect(normalizeMigrationLogDetails({ ...base, objects: { name: 'x' } }).objects).toEqual([]);
  });

  it('turns negative and non-numeric counts into null (decimal text counts)', () => {
    const details = normalizeMigrationLogDetails({
      ...base,
      issueCounts: {
        total: 100,
        processed: 90,
        succeeded: 80,
        failed: -3,
        skipped: '4',
        warnings: 2.9,
        errors: Number.NaN,
      },
    });
    expect(details.counts).toEqual({
      total: 100,
      processed: 90,
      succeeded: 80,
      failed: null,
      skipped: 4,
      warnings: 2,
      errors: null,
    });
  });

  it('renders parameters as display strings', () => {
    const details = normalizeMigrationLogDetails({
      ...base,
      parameters: {
        dryRun: true,
        batchSize: 500,
        label: '  nightly  ',
        scope: { objects: ['invoice', 'order'], since: null },
        none: null,
        html: '<script>alert(1)</script>',
      },
    });
    expect(details.parameters).toEqual([
      { name: 'dryRun', value: 'true' },
      { name: 'batchSize', value: '500' },
      { name: 'label', value: 'nightly' },
      { name: 'scope', value: '{"objects":["invoice","order"],"since":null}' },
      { name: 'none', value: '' },
      { name: 'html', value: '<script>alert(1)</script>' },
    ]);
  });

  // Already safe (Object.entries of the parsed JSON); kept so a rewrite cannot drop them.
  it('keeps parameters named after Object.prototype keys, as JSON.parse gives them', () => {
    const parameters = JSON.parse('{"__proto__": "a", "constructor": "b", "toString": 1, "hasOwnProperty": null}');
    expect(normalizeMigrationLogDetails({ ...base, parameters }).parameters).toEqual([
      { name: '__proto__', value: 'a' },
      { name: 'constructor', value: 'b' },
      { name: 'toString', value: '1' },
      { name: 'hasOwnProperty', value: '' },
    ]);
  });

  it.each([null, 'a=1', ['a', 'b'], 5])('reads parameters %j as none', (parameters) => {
    expect(normalizeMigrationLogDetails({ ...base, parameters }).parameters).toEqual([]);
  });

  it.each<[unknown, string | null]>([
    ['https://files.example.com/result.csv', 'https://files.example.com/result.csv'],
    ['  http://files.example.com/r.csv ', 'http://files.example.com/r.csv'],
    ['/files/result.csv', '/files/result.csv'],
    ['javascript:alert(1)', null],
    [' JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['ftp://files.example.com/r.csv', null],
    ['file:///etc/passwd', null],
    ['http://[::1', null],
    // No file there: a link would point at the host page itself.
    ['', null],
    ['   ', null],
    ['#', null],
    ['#files', null],
    [42, null],
    [null, null],
  ])('result file URL %j → %j', (url, expected) => {
    expect(toSafeUrl(url)).toBe(expected);
    expect(normalizeMigrationLogDetails({ ...base, resultFileUrl: url }).resultFileUrl).toBe(expected);
  });

  it('normalises the first page of issues', () => {
    const details = normalizeMigrationLogDetails({
      ...base,
      issues: {
        items: [
          { level: 'WARNING', message: ' Skipped ', object: 'Invoice', recordKey: 'INV-1', count: 3 },
          { level: 'err', message: 5, count: 0 },
          null,
        ],
        total: 2,
      },
    });
    expect(details.issues).toEqual({
      items: [
        { key: '0', level: 'warning', message: 'Skipped', object: 'Invoice', recordKey: 'INV-1', count: 3 },
        { key: '1', level: 'error', message: '5', object: null, recordKey: null, count: 1 },
        { key: '2', level: 'error', message: '', object: null, recordKey: null, count: 1 },
      ],
      total: 3,
    });
  });

  it.each([null, [], 'x'])('reads issues %j as not sent', (issues) => {
    expect(normalizeMigrationLogDetails({ ...base, issues }).issues).toBeNull();
  });
});

describe('normalizeIssuePage', () => {
  it('keys issues by their position across pages and raises a short total', () => {
    const page = normalizeIssuePage({ items: [{ message: 'a' }, { message: 'b' }], total: 3 }, 50);
    expect(page.items.map((i) => i.key)).toEqual(['50', '51']);
    expect(page.total).toBe(52);
  });

  it('keeps a plausible total and reads a missing one as unknown', () => {
    expect(normalizeIssuePage({ items: [{}], total: 80 }, 25).total).toBe(80);
    expect(normalizeIssuePage({ items: [{}] }).total).toBeNull();
    expect(normalizeIssuePage({ items: [{}], total: 2 ** 60 }).total).toBeNull();
    expect(normalizeIssuePage({ items: [{}], total: 1e300 }, 25).total).toBeNull();
  });

  it.each([null, 'x', [], { items: 'nope' }])('turns garbage %j into an empty page', (raw) => {
    expect(normalizeIssuePage(raw)).toEqual({ items: [], total: null });
  });

  it('reads a level as a warning only when it starts with "warn", in any case', () => {
    const levels = ['warning', 'Warn', 'WARNINGS', ' warning', 'a warning', 'wa', 42, null];
    const page = normalizeIssuePage({ items: levels.map((level) => ({ level, message: 'm' })) });
    expect(page.items.map((i) => i.level)).toEqual([
      'warning',
      'warning',
      'warning',
      'error',
      'error',
      'error',
      'error',
      'error',
    ]);
  });

  it('reads a count below 1 or not a number as 1', () => {
    const items = [{ count: 0 }, { count: -4 }, { count: '9' }, { count: 2.5 }, { count: 'nine' }];
    const page = normalizeIssuePage({ items });
    expect(page.items.map((i) => i.count)).toEqual([1, 1, 9, 2, 1]);
  });
});

describe('value helpers', () => {
  it('toCount keeps non-negative whole numbers (and decimal text) only', () => {
    const read = [3, 3.9, 0, -1, '3', '3.5', '0x3', '', Number.NaN, true].map(toCount);
    expect(read).toEqual([3, 3, 0, null, 3, 3, null, null, null, null]);
    expect([2 ** 53 - 1, 2 ** 53, 1e300, '9007199254740993'].map(toCount)).toEqual([2 ** 53 - 1, null, null, null]);
  });

  it('toText trims text and takes a safe integer as its digits, nothing else', () => {
    const read = [' 7 ', 7, -7, 1.5, 2 ** 53, true, {}, '  ', '', null].map(toText);
    expect(read).toEqual(['7', '7', '-7', null, null, null, null, null, null, null]);
  });

  it('toDisplayValue never throws on values JSON cannot print', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const hostile = {
      toJSON() {
        throw new Error('no');
      },
      toString() {
        throw new Error('no');
      },
    };
    expect(toDisplayValue(cyclic)).toBe('[object Object]');
    expect(toDisplayValue(10n)).toBe('10');
    expect(toDisplayValue(hostile)).toBe('');
    expect(toDisplayValue(Object.create(null))).toBe('{}');
    expect(toDisplayValue(undefined)).toBe('');
  });

  it('toDisplayValue caps long JSON', () => {
    expect(toDisplayValue(['x'.repeat(20_000)])).toHaveLength(10_001);
  });

  it('truncate leaves short text alone and never splits a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('abc…');
    expect(truncate('ab😀', 3)).toBe('ab…');
  });
});
