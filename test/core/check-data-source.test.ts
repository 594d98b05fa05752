import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkDataSource } from '../../src/core/check-data-source.js';
import { MigrationLogError } from '../../src/core/errors.js';
import type {
  MigrationLogDataSource,
  MigrationLogDetailsRecord,
  MigrationLogPage,
  MigrationLogSortField,
} from '../../src/core/types.js';
import { generateMigrationLogs } from '../../src/data-sources/demo-data/generate-migration-logs.js';
import { createFetchDataSource } from '../../src/data-sources/fetch/create-fetch-data-source.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';

const FIRST = 'list(pageIndex 0, pageSize 10, sort startTime desc)';
const SECOND = 'list(pageIndex 1, pageSize 10, sort startTime desc)';

const memory = () => createInMemoryDataSource(generateMigrationLogs({ count: 40, seed: 7 }));
/** The demo source with some of its answers replaced. */
const broken = (overrides: Partial<MigrationLogDataSource>): MigrationLogDataSource => ({ ...memory(), ...overrides });
const record = (id: string, fields: Record<string, unknown> = {}) => ({ id, status: 'completed', ...fields });
const answer = (page: unknown) => async () => page as MigrationLogPage;
const never = () => new Promise<never>(() => {});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe('checkDataSource on a source that keeps the contract', () => {
  it('finds no problem with the in-memory source over demo data, after asking every default question', async () => {
    const source = memory();
    const report = await checkDataSource(source);
    expect(report.problems).toEqual([]);
    const [, , , , , , , get, issues] = report.calls;
    expect(report.calls).toEqual([
      FIRST,
      SECOND,
      'list(pageIndex 0, pageSize 10, sort endTime desc)',
      'list(pageIndex 0, pageSize 10, sort generatedBy asc)',
      'list(pageIndex 0, pageSize 10, sort cutoverDate desc)',
      'list(pageIndex 0, pageSize 10, sort progress desc)',
      'list(pageIndex 0, pageSize 10, sort status asc)',
      get,
      issues,
    ]);
    const first = await source.list(
      { pageIndex: 0, pageSize: 10, sort: { field: 'startTime', direction: 'desc' }, filter: {} },
      { signal: new AbortController().signal },
    );
    const id = JSON.stringify(first.items[0]?.id);
    expect(get).toBe(`get(${id})`);
    expect(issues).toBe(`listIssues(${id}, pageIndex 0, pageSize 10)`);
  });

  it('asks only what the options say: the queries given, the id given, no get or listIssues when turned off', async () => {
    const source = memory();
    const get = vi.spyOn(source, 'get');
    const report = await checkDataSource(source, {
      queries: [{ pageSize: 5, filter: { statuses: ['error'] } }],
      id: 'm-x',
      get: false,
      listIssues: false,
    });
    expect(report).toEqual({
      problems: [],
      calls: ['list(pageIndex 0, pageSize 5, sort startTime desc, filter {"statuses":["error"]})'],
    });
    expect(get).not.toHaveBeenCalled();
  });

  it('asks get() and listIssues() nothing when no id was listed, and skips listIssues() a source lacks', async () => {
    const { listIssues: _, ...withoutIssues } = memory();
    const empty = await checkDataSource({ ...withoutIssues, list: answer({ items: [], total: 0 }) });
    expect(empty.problems).toEqual([]);
    expect(empty.calls.filter((call) => !call.startsWith('list('))).toEqual([]);
    const noIssues = await checkDataSource(withoutIssues);
    expect(noIssues.calls.at(-1)).toMatch(/^get\(/);
  });
});

describe('checkDataSource names each defect: the call, the field and the value', () => {
  it('a list() answer that is no page', async () => {
    const report = await checkDataSource(broken({ list: answer({ data: [] }) }));
    expect(report.problems).toEqual([
      `${FIRST} must resolve to { items: [...], total?, hasNextPage? }, not an object with data: the view shows an invalid-response error. (and 6 more like it)`,
    ]);
  });

  it('a page longer than pageSize, a total below the rows, a duplicate id, a bad field', async () => {
    const items = Array.from({ length: 12 }, (_, index) => record(`m${index}`));
    items[3] = record('m1', { status: 'PAUSED', progress: 250 });
    const report = await checkDataSource(broken({ list: answer({ items, total: 2 }) }), {
      queries: [{ pageIndex: 0 }],
      get: false,
      listIssues: false,
    });
    expect(report.problems).toEqual([
      `${FIRST} answered 12 items for pageSize 10: page on the server. The view shows the first 10.`,
      `${FIRST} total 2 is less than the 10 rows up to this page: counted as 10.`,
      `${FIRST} items[3].status "PAUSED" is not one of accepted, in-progress, error, completed, completed-warning (any case, with - _ or spaces): shown as Unknown.`,
      `${FIRST} items[3].progress 250 is outside 0–100: shown as 100%.`,
      `${FIRST} items[3].id "m1" appears twice in one page.`,
    ]);
  });

  it('a source that ignores pageIndex: the second page lists the first one again', async () => {
    const items = [record('a'), record('b')];
    const report = await checkDataSource(broken({ list: answer({ items }) }), { get: false, listIssues: false });
    expect(report.problems).toEqual([
      `${SECOND} items[0].id "a" was also listed by ${FIRST}: page on the server (pageIndex counts from 0). (and 1 more like it)`,
    ]);
  });

  // Page 2 as a live backend answers it after `started` migrations began since page 1 was read.
  const shifted = (
    started: number,
    tamper: (ids: MigrationLogPage['items']) => MigrationLogPage['items'] = (i) => i,
  ) => {
    const source = memory();
    const list: MigrationLogDataSource['list'] = async (query, context) => {
      if (query.pageIndex !== 1) return source.list(query, context);
      const both = await source.list({ ...query, pageIndex: 0, pageSize: 2 * query.pageSize }, context);
      const start = query.pageSize - started;
      return { ...both, items: tamper(both.items.slice(start, start + query.pageSize)) };
    };
    return { ...source, list };
  };

  it('a live backend that started migrations between the two page calls is no paging problem', async () => {
    for (const started of [1, 4]) {
      const report = await checkDataSource(shifted(started), { get: false, listIssues: false });
      expect(report.problems, `${started} started`).toEqual([]);
    }
  });

  it('a repeat that no new migrations explain is still one: half a page or more, or not where they push it', async () => {
    const half = await checkDataSource(shifted(5), { get: false, listIssues: false });
    expect(half.problems).toEqual([
      expect.stringMatching(/^list\(pageIndex 1, .* was also listed by list\(pageIndex 0, .*\(and 4 more like it\)$/),
    ]);
    // One id of page 1 again, but at the end of page 2 (out of order too): no shift puts it there.
    const misplaced = await checkDataSource(
      shifted(1, (items) => [...items.slice(1), items[0] as MigrationLogPage['items'][number]]),
      { get: false, listIssues: false },
    );
    expect(misplaced.problems).toEqual([
      expect.stringMatching(/^list\(pageIndex 1, .*\) items\[9\]\.startTime .* comes after /),
      expect.stringMatching(/^list\(pageIndex 1, .*\) items\[9\]\.id .* was also listed by /),
    ]);
  });

  it('a source that ignores the sort: every time, date and progress order asked is named once', async () => {
    const source = memory();
    // Answers every query newest first, whatever it asked.
    const list: MigrationLogDataSource['list'] = (query, context) =>
      source.list({ ...query, sort: { field: 'startTime', direction: 'desc' } }, context);
    const report = await checkDataSource({ ...source, list }, { get: false, listIssues: false });
    const fields = report.problems.map((problem) => /\.(\w+) .* comes after /.exec(problem)?.[1]);
    expect(fields).toEqual(['endTime', 'cutoverDate', 'progress']);
    expect(report.problems[2]).toMatch(
      /^list\(pageIndex 0, pageSize 10, sort progress desc\) items\[\d+\]\.progress \d+ comes after items\[\d+\]\.progress \d+, out of descending order: sort on the server, by the field and direction asked/,
    );
  });

  it('a page in the opposite direction; missing values, ties, names and statuses are not judged', async () => {
    const page = (items: unknown[]) => answer({ items });
    const ascending = page([record('a', { progress: 10 }), record('b', { progress: 20 })]);
    const report = await checkDataSource(broken({ list: ascending }), {
      queries: [{ sort: { field: 'progress', direction: 'desc' } }],
      get: false,
      listIssues: false,
    });
    expect(report.problems).toEqual([
      'list(pageIndex 0, pageSize 10, sort progress desc) items[1].progress 20 comes after items[0].progress 10, out of descending order: sort on the server, by the field and direction asked (the view shows rows in the order they come).',
    ]);
    const fine = page([
      record('a', { startTime: '2026-01-02T00:00:00Z', generatedBy: 'b', status: 'error' }),
      record('b', { startTime: null, generatedBy: 'B', status: 'accepted' }),
      record('c', { startTime: '2026-01-02T00:00:00Z', generatedBy: 'a', status: 'completed' }),
      record('d', { startTime: '2026-01-01T23:00:00-02:00', generatedBy: 'Z', status: 'accepted' }),
    ]);
    const orders = (['startTime', 'generatedBy', 'status'] as const).map((field) => ({
      sort: { field, direction: 'asc' as const },
    }));
    // 2026-01-01T23:00-02:00 is 2026-01-02T01:00Z: after the two before it, as asked.
    const unjudged = await checkDataSource(broken({ list: fine }), { queries: orders, get: false, listIssues: false });
    expect(unjudged.problems).toEqual([]);
  });

  // A host's queries (plain JS, or a typo) may name any field: only the fields checkDataSource
  // knows are judged, never a key the order checks would find on Object.prototype.
  it.each(['valueOf', 'hasOwnProperty', 'toString', 'constructor', '__proto__'])(
    'a sort by %j is not judged, and the check still reports',
    async (field) => {
      const list = answer({ items: [record('a', { progress: 10 }), record('b', { progress: 20 })] });
      const report = await checkDataSource(broken({ list }), {
        queries: [{ sort: { field: field as MigrationLogSortField, direction: 'desc' } }],
        get: false,
        listIssues: false,
      });
      expect(report.problems).toEqual([]);
    },
  );

  it('a details record with an unsafe URL, or of another migration; issues without a message', async () => {
    const list = answer({ items: [record('m1')], total: 1 });
    const get = async (id: string) =>
      ({ ...record(id), resultFileUrl: 'javascript:alert(1)' }) as MigrationLogDetailsRecord;
    const listIssues = async () => ({ items: [{ level: 'error', message: '  ' }], total: 1 });
    const report = await checkDataSource(broken({ list, get, listIssues }), { queries: [{}] });
    expect(report.problems).toEqual([
      'get("m1").resultFileUrl "javascript:alert(1)" is not an http(s) URL: no download link.',
      'listIssues("m1", pageIndex 0, pageSize 10) items[0].message "  " is blank or not text: it is listed without a message.',
    ]);
    const other = await checkDataSource(broken({ list, get: async () => record('m2') }), {
      queries: [{}],
      listIssues: false,
    });
    expect(other.problems).toEqual(['get("m1") resolved to the migration "m2": the view shows an error.']);
  });

  it('an id too long to be one and an absurd total: get() is asked about the first usable id, never a cut one', async () => {
    const long = `m${'x'.repeat(10_000)}`;
    const list = answer({ items: [record(long), record('m2')], total: 2 ** 60 });
    const get = vi.fn(async (id: string) => record(id) as MigrationLogDetailsRecord);
    const report = await checkDataSource(broken({ list, get }), { queries: [{}], listIssues: false });
    expect(report.problems).toEqual([
      `${FIRST} total 1152921504606847000 is not a whole number from 0 to 2^53 − 1: treated as unknown.`,
      `${FIRST} items[0].id "${long.slice(0, 60)}…" is longer than 10,000 characters: an id is never cut, so the row has no details action.`,
    ]);
    expect(get.mock.calls.map(([id]) => id)).toEqual(['m2']);
  });
});

describe('checkDataSource turns failures into problems, never into a thrown error or a hung test', () => {
  it('reports a list() that never settles after the timeout, and aborts it', async () => {
    vi.useFakeTimers();
    let signal: AbortSignal | undefined;
    const source = broken({
      list: (_query, ctx) => {
        signal = ctx.signal;
        return never();
      },
    });
    const done = vi.fn();
    void checkDataSource(source, { queries: [{}], timeout: 200 }).then(done);
    await vi.advanceTimersByTimeAsync(199);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toHaveBeenCalledWith({
      problems: [
        `${FIRST} has not settled after 0.2 s: the view shows it as loading until it does. Give the data source a timeout (createFetchDataSource has one), and make it reject when its AbortSignal aborts.`,
      ],
      calls: [FIRST],
    });
    expect(signal?.aborted).toBe(true);
  });

  it('times out after 5 s by default, also for get() and listIssues()', async () => {
    vi.useFakeTimers();
    const report = checkDataSource(broken({ get: never, listIssues: never }), { queries: [{}] });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(await report).toMatchObject({
      problems: [
        expect.stringMatching(/^get\(".+"\) has not settled after 5 s:/),
        expect.stringMatching(/^listIssues\(".+", pageIndex 0, pageSize 10\) has not settled after 5 s:/),
      ],
    });
  });

  it('reports what a throwing source threw: synchronously, rejected, with an HTTP status', async () => {
    const report = await checkDataSource(
      broken({
        list: () => {
          throw new TypeError('Cannot read properties of undefined');
        },
        get: async () => {
          throw new MigrationLogError('Internal error', { kind: 'http', status: 500 });
        },
      }),
      { queries: [{}], id: 'm1', listIssues: false },
    );
    expect(report.problems).toEqual([
      `${FIRST} failed: Cannot read properties of undefined`,
      'get("m1") failed with HTTP 500: Internal error',
    ]);
  });

  it('reports a REST source whose backend fails, cannot be reached or sends garbage', async () => {
    const fetchSource = (respond: () => Promise<Response>) =>
      createFetchDataSource({ baseUrl: 'https://api.example.com', fetch: respond });
    const status500 = await checkDataSource(
      fetchSource(async () => Response.json({ message: 'Database down' }, { status: 500 })),
      { queries: [{}] },
    );
    expect(status500.problems).toEqual([`${FIRST} failed with HTTP 500: Database down`]);
    const offline = await checkDataSource(
      fetchSource(() => Promise.reject(new TypeError('Failed to fetch'))),
      { queries: [{}] },
    );
    expect(offline.problems).toEqual([`${FIRST} failed: The server could not be reached. (Failed to fetch)`]);
    // Node's fetch puts the refused address one cause further down.
    const refused = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:4010') });
    const down = await checkDataSource(
      fetchSource(() => Promise.reject(refused)),
      { queries: [{}] },
    );
    expect(down.problems).toEqual([
      `${FIRST} failed: The server could not be reached. (fetch failed: connect ECONNREFUSED 127.0.0.1:4010)`,
    ]);
    const html = await checkDataSource(
      fetchSource(async () => new Response('<html>ok</html>', { status: 200 })),
      {
        queries: [{}],
      },
    );
    // The parser's own words (V8's here) follow, with the start of what came.
    expect(html.problems).toHaveLength(1);
    expect(html.problems[0]).toMatch(
      /^list\(.*\) failed: The server sent an answer that is not JSON\. \(.*"<html>ok<\/html>".*\)$/,
    );
  });

  it('reports calls cut short by the caller’s signal as not checked', async () => {
    const controller = new AbortController();
    const report = checkDataSource(broken({ list: never }), { signal: controller.signal });
    controller.abort();
    expect(await report).toMatchObject({
      problems: [`${FIRST} was not checked: the check was aborted. (and 6 more like it)`],
    });
    const already = await checkDataSource(memory(), { signal: controller.signal, queries: [{}] });
    expect(already.problems).toEqual([`${FIRST} was not checked: the check was aborted.`]);
  });
});

describe('checkDataSource in production mode', () => {
  it('still checks: only the console warnings of the view are development-only', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    vi.resetModules();
    const { checkDataSource: checkInProduction } = await import('../../src/core/check-data-source.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const report = await checkInProduction(broken({ list: answer({ items: [record('m1', { status: 'PAUSED' })] }) }), {
      queries: [{}],
      get: false,
      listIssues: false,
    });
    expect(report.problems).toEqual([expect.stringContaining(`${FIRST} items[0].status "PAUSED" is not one of`)]);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
