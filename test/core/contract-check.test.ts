import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { detailsAnswerProblems, issuePageProblems, listAnswerProblems } from '../../src/core/contract-check.js';
import type { MigrationLogQuery } from '../../src/core/types.js';
import { hostileDetails, hostileIssuePage, hostilePage, junk } from '../support/hostile.js';
import { PROPERTY_SEED } from '../support/property.js';

const asked: MigrationLogQuery = {
  pageIndex: 2,
  pageSize: 3,
  sort: { field: 'startTime', direction: 'desc' },
  filter: {},
};
const good = (id: string) => ({
  id,
  status: 'COMPLETED_WARNING',
  startTime: '2024-03-01T10:00:00Z',
  endTime: 1_709_290_800_000,
  generatedBy: 'ada@example.com',
  cutoverDate: '2024-01-01',
  progress: '99.5',
});
const texts = (problems: readonly (readonly [string, string])[]) => problems.map(([, text]) => text);
const keys = (problems: readonly (readonly [string, string])[]) => problems.map(([key]) => key);

describe('listAnswerProblems', () => {
  it('finds nothing wrong with an answer the contract allows (spellings, epoch ms, decimal text, nulls)', () => {
    const nulls = {
      id: 7,
      status: 'in progress',
      startTime: null,
      endTime: null,
      generatedBy: null,
      cutoverDate: null,
      progress: null,
    };
    expect(listAnswerProblems({ items: [good('a'), good('b'), nulls], total: '42' }, asked)).toEqual([]);
    expect(listAnswerProblems({ items: [], hasNextPage: false }, asked)).toEqual([]);
  });

  it.each([
    [null, 'not null'],
    [[good('a')], 'not an array of 1'],
    [{ data: [], meta: {} }, 'not an object with data, meta'],
    [{ items: 'nope' }, 'not an object with items'],
    ['<html>502</html>', 'not "<html>502</html>"'],
  ])('says what the source sent instead of a page: %j', (raw, part) => {
    const [text] = texts(listAnswerProblems(raw, asked));
    expect(text).toContain('list() must resolve to { items: [...], total?, hasNextPage? }');
    expect(text).toContain(part);
    expect(text).toContain('invalid-response error');
  });

  it('names each field the view repairs, with the value sent and what is shown instead', () => {
    const bad = {
      id: '  ',
      status: 'PAUSED',
      startTime: 'yesterday',
      endTime: '2024-02-30T10:00:00Z',
      generatedBy: { name: 'ada' },
      cutoverDate: '01/02/2024',
      progress: 250,
    };
    expect(texts(listAnswerProblems({ items: [good('a'), bad], total: 9 }, asked))).toEqual([
      'list() items[1].id "  " is no id (a non-blank string or a safe integer): the row has no details action.',
      'list() items[1].status "PAUSED" is not one of accepted, in-progress, error, completed, completed-warning (any case, with - _ or spaces): shown as Unknown.',
      'list() items[1].startTime "yesterday" is not an ISO 8601 instant or epoch milliseconds: shown as —.',
      'list() items[1].endTime "2024-02-30T10:00:00Z" is not an ISO 8601 instant or epoch milliseconds: shown as —.',
      'list() items[1].cutoverDate "01/02/2024" is not a calendar date YYYY-MM-DD: shown as —.',
      'list() items[1].progress 250 is outside 0–100: shown as 100%.',
      'list() items[1].generatedBy an object with name is not text: shown as —.',
    ]);
  });

  it('tells a missing status and a progress that is no number apart from a clamped one', () => {
    const problems = listAnswerProblems(
      {
        items: [
          { id: 'a', progress: 'NaN' },
          { id: 'b', status: 'error', progress: -3 },
        ],
      },
      asked,
    );
    expect(keys(problems)).toEqual(['list.status:unknown', 'list.progress:number', 'list.progress:range']);
    expect(texts(problems)[0]).toContain('items[0].status (missing) is not one of');
  });

  it('finds a page longer than asked, a total below the rows before, duplicate ids and non-records', () => {
    const problems = listAnswerProblems({ items: [good('a'), 'x', good('a'), good('c')], total: 5 }, asked);
    expect(texts(problems)).toEqual([
      'list() answered 4 items for pageSize 3: page on the server. The view shows the first 3.',
      'list() total 5 is less than the 9 rows up to this page: counted as 9.',
      'list() items[1] is "x", not a record: shown as a row of —.',
      'list() items[2].id "a" appears twice in one page.',
    ]);
  });

  it('finds a total that is no count', () => {
    expect(texts(listAnswerProblems({ items: [], total: 'many' }, asked))).toEqual([
      'list() total "many" is not a whole number from 0 to 2^53 − 1: treated as unknown.',
    ]);
    // Absurdly large: a 301-digit count and a "Last page" at pageIndex 4e+298.
    expect(texts(listAnswerProblems({ items: [], total: 1e300 }, asked))).toEqual([
      'list() total 1e+300 is not a whole number from 0 to 2^53 − 1: treated as unknown.',
    ]);
    expect(keys(listAnswerProblems({ items: [], total: 2 ** 60 }, asked))).toEqual(['list:total']);
  });

  it('says why an id longer than 10,000 characters is no id', () => {
    const long = 'x'.repeat(10_001);
    expect(texts(listAnswerProblems({ items: [good(long), good('x'.repeat(10_000))] }, asked))).toEqual([
      `list() items[0].id "${'x'.repeat(60)}…" is longer than 10,000 characters: an id is never cut, so the row has no details action.`,
    ]);
  });
});

describe('on hostile input', () => {
  it('never throws, and every problem is one line of text', () => {
    const query = { pageIndex: 0, pageSize: 5, sort: asked.sort, filter: {} };
    fc.assert(
      fc.property(fc.oneof(hostilePage, hostileDetails, hostileIssuePage, junk), (raw) => {
        const problems = [
          ...listAnswerProblems(raw, query),
          ...detailsAnswerProblems(raw, 'm1'),
          ...issuePageProblems(raw, query),
        ];
        for (const [key, text] of problems) {
          expect(typeof key).toBe('string');
          expect(text).toMatch(/^\S[^\n]*$/);
        }
      }),
      { seed: PROPERTY_SEED, numRuns: 300 },
    );
  });

  it('names values JSON cannot: a BigInt, a symbol, a function', () => {
    expect(texts(listAnswerProblems({ items: [0n, Symbol('s'), () => 1] }, asked))).toEqual([
      'list() items[0] is 0n, not a record: shown as a row of —.',
      'list() items[1] is a symbol, not a record: shown as a row of —.',
      'list() items[2] is a function, not a record: shown as a row of —.',
    ]);
    expect(texts(detailsAnswerProblems({ id: 'm1', status: 1n, progress: 10n }, 'm1'))).toEqual([
      expect.stringContaining('get("m1").status 1n is not one of'),
      'get("m1").progress 10n is not a number from 0 to 100: shown as —.',
    ]);
  });
});

describe('detailsAnswerProblems', () => {
  it('finds nothing wrong with a full, good record, nor with one whose id is left out', () => {
    const full = {
      ...good('m1'),
      objects: [{ name: 'Invoices', total: 3 }],
      issues: { items: [], total: 0 },
      issueCounts: { total: '10', failed: 0 },
      parameters: { dryRun: true },
      resultFileUrl: '/files/m1.csv',
    };
    expect(detailsAnswerProblems(full, 'm1')).toEqual([]);
    expect(detailsAnswerProblems({ status: 'error' }, 'm1')).toEqual([]);
  });

  it('says what came instead of a record, and when it is another migration', () => {
    expect(texts(detailsAnswerProblems({ data: good('m1') }, 'm1'))).toEqual([
      'get("m1") must resolve to a migration record ({ id, status, … }), not an object with data: the view shows an invalid-response error.',
    ]);
    expect(texts(detailsAnswerProblems(good('m2'), 'm1'))).toEqual([
      'get("m1") resolved to the migration "m2": the view shows an error.',
    ]);
  });

  it('names the details fields it cannot use', () => {
    const raw = {
      ...good('m1'),
      objects: { Invoices: 3 },
      parameters: 'dryRun',
      issues: [],
      issueCounts: { failed: 'some', skipped: 2, errors: 1e300 },
      resultFileUrl: 'javascript:alert(1)',
    };
    expect(texts(detailsAnswerProblems(raw, 'm1'))).toEqual([
      'get("m1").objects must be an array, not an object with Invoices: no per-object breakdown.',
      'get("m1").parameters must be an object, not "dryRun": no parameters.',
      'get("m1").issues must be { items: [...], total? }, not an array of 0: no first page of issues.',
      'get("m1").issueCounts.failed "some" is not a whole number from 0 to 2^53 − 1: shown as —.',
      'get("m1").issueCounts.errors 1e+300 is not a whole number from 0 to 2^53 − 1: shown as —.',
      'get("m1").resultFileUrl "javascript:alert(1)" is not an http(s) URL: no download link.',
    ]);
  });
});

describe('issuePageProblems', () => {
  it('finds a wrong shape, a long page and issues without a message', () => {
    expect(issuePageProblems({ items: [{ message: 'Bad row' }] }, { pageIndex: 0, pageSize: 5 })).toEqual([]);
    expect(texts(issuePageProblems({ issues: [] }, { pageIndex: 0, pageSize: 5 }))).toEqual([
      'listIssues() must resolve to { items: [...], total? }, not an object with issues: the view shows an invalid-response error.',
    ]);
    expect(
      texts(issuePageProblems({ items: [{ message: ' ' }, 3, { message: 'ok' }] }, { pageIndex: 0, pageSize: 2 })),
    ).toEqual([
      'listIssues() answered 3 items for pageSize 2: page on the server. The view shows the first 2.',
      'listIssues() items[0].message " " is blank or not text: it is listed without a message.',
      'listIssues() items[1] is 3, not an issue: it is listed without a message.',
    ]);
  });

  it('finds a total that is no count', () => {
    expect(issuePageProblems({ items: [], total: 2 ** 53 - 1 }, { pageIndex: 0, pageSize: 5 })).toEqual([]);
    expect(texts(issuePageProblems({ items: [], total: 1e300 }, { pageIndex: 0, pageSize: 5 }))).toEqual([
      'listIssues() total 1e+300 is not a whole number from 0 to 2^53 − 1: treated as unknown.',
    ]);
  });
});

describe('warnContractProblems', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('writes each kind of problem once, naming the library and the README section', async () => {
    const { warnContractProblems } = await import('../../src/core/contract-check.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const check = vi.fn(() => [['list.status:unknown', 'first'] as const, ['list:total', 'second'] as const]);
    warnContractProblems(check);
    warnContractProblems(() => [['list.status:unknown', 'again, for another row'] as const]);
    expect(warn.mock.calls.map(([text]) => text)).toEqual([
      'migration-log-view: first See "The data-source contract" in the README.',
      'migration-log-view: second See "The data-source contract" in the README.',
    ]);
  });

  it('drops a check that throws: a development aid never breaks the view', async () => {
    const { warnContractProblems } = await import('../../src/core/contract-check.js');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() =>
      warnContractProblems(() => {
        throw new RangeError('Maximum call stack size exceeded');
      }),
    ).not.toThrow();
    expect(warn).not.toHaveBeenCalled();
  });

  it('runs no check at all in a production build', async () => {
    vi.stubEnv('NODE_ENV', 'production');
    try {
      const { warnContractProblems } = await import('../../src/core/contract-check.js');
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const check = vi.fn(() => [['k', 'text'] as const]);
      warnContractProblems(check);
      expect(check).not.toHaveBeenCalled();
      expect(warn).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
