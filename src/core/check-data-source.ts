/**
 * `checkDataSource`: the contract checks the hooks run in development (contract-check.ts), as one
 * call a host makes in its own tests on the data source it wrote. Runs in any mode, production
 * included; the view never imports it, so a page that does not import it does not ship it.
 */
import { type CallOutcome, checkCall } from './check-call.js';
import { sortOrderProblems } from './check-sort-order.js';
import {
  type ContractProblem,
  detailsAnswerProblems,
  issuePageProblems,
  listAnswerProblems,
} from './contract-check.js';
import { show } from './contract-record.js';
import { isObject, toId } from './normalize-values.js';
import { canonicalQuery, firstSortDirection, resolveQuery, SORT_FIELDS } from './query.js';
import type { MigrationLogDataSource, MigrationLogQuery } from './types.js';

/** Options of `checkDataSource`: which calls to make and how long each may take. */
export interface CheckDataSourceOptions {
  /**
   * The `list()` queries to ask, each filled from the defaults (`resolveQuery`, with `pageSize`).
   * @default the first page newest first, the second page, and the first page sorted by each other
   * sortable field in the direction the view sorts it on the first click (7 calls)
   */
  queries?: readonly Partial<MigrationLogQuery>[];
  /**
   * Rows per page of the default queries, of queries that set none, and of the `listIssues()` call.
   * @default 10
   */
  pageSize?: number;
  /**
   * Milliseconds each call may take; one still running then is aborted and reported, so a call
   * that never settles fails the test instead of hanging it.
   * @default 5000
   */
  timeout?: number;
  /** Aborts the check: calls still running are aborted and each is reported as not checked. @default none */
  signal?: AbortSignal;
  /**
   * The migration to ask `get()` and `listIssues()` about.
   * @default the first id listed, by the first query answered (neither is called when none was listed)
   */
  id?: string;
  /**
   * Calls `get(id)` and checks the details record.
   * @default true
   */
  get?: boolean;
  /**
   * Calls `listIssues(id, { pageIndex: 0, pageSize })` and checks the issue page, when the source has it.
   * @default true
   */
  listIssues?: boolean;
}

/** What `checkDataSource` found: the contract problems and the calls it made. */
export interface DataSourceReport {
  /**
   * One sentence per kind of problem, naming the call, the field and the value sent, and what the
   * view does with it; `(and 4 more like it)` when the same kind came up again. Empty when every
   * answer kept the contract: `expect(report.problems).toEqual([])`.
   */
  problems: string[];
  /** The calls made, in order, as named in `problems`: what the check covered. */
  calls: string[];
}

/** The first page newest first, the second page, and the first page in every other order. */
function defaultQueries(): Partial<MigrationLogQuery>[] {
  const others = SORT_FIELDS.filter((field) => field !== 'startTime');
  return [
    { pageIndex: 0 },
    { pageIndex: 1 },
    ...others.map((field) => ({ sort: { field, direction: firstSortDirection(field) } })),
  ];
}

function listCall({ pageIndex, pageSize, sort, filter }: MigrationLogQuery): string {
  const filtered = Object.keys(filter).length > 0 ? `, filter ${JSON.stringify(filter)}` : '';
  return `list(pageIndex ${pageIndex}, pageSize ${pageSize}, sort ${sort.field} ${sort.direction}${filtered})`;
}

/** The id of each item of a list answer, null where it has no usable one. */
function idsOf(raw: unknown): (string | null)[] {
  if (!isObject(raw) || !Array.isArray(raw.items)) return [];
  return raw.items.map((item) => (isObject(item) ? toId(item.id) : null));
}

/**
 * Whether `later`, the page after a full `earlier`, starts with fewer than half a page of `earlier`'s
 * last ids, in the same order: a live backend that started migrations between the two calls (they run
 * in parallel) pushed them there. A source that ignores `pageIndex` repeats the whole page.
 */
function shiftedByNewItems(earlier: (string | null)[], later: (string | null)[], repeated: number, pageSize: number) {
  // A short first page was the end of the list: new migrations push nothing onto the next one.
  if (earlier.length < pageSize || repeated * 2 >= pageSize) return false;
  return earlier.slice(earlier.length - repeated).every((id, index) => id !== null && later[index] === id);
}

/** Ids a later page of the same order lists again: the source ignores `pageIndex` (or counts from 1). */
function pagingProblems(answers: readonly [MigrationLogQuery, string, unknown][]): ContractProblem[] {
  const byOrder = new Map<string, [MigrationLogQuery, string, (string | null)[]][]>();
  for (const [query, call, raw] of answers) {
    const order = JSON.stringify([query.pageSize, query.sort, query.filter]);
    byOrder.set(order, [...(byOrder.get(order) ?? []), [query, call, idsOf(raw)]]);
  }
  const problems: ContractProblem[] = [];
  for (const pages of byOrder.values()) {
    pages.sort(([a], [b]) => a.pageIndex - b.pageIndex);
    pages.forEach(([query, call, ids], at) => {
      for (const [earlierQuery, earlierCall, earlierIds] of pages.slice(0, at)) {
        const listed = new Set(earlierIds.filter((id) => id !== null));
        const repeated = ids.filter((id) => id !== null && listed.has(id)).length;
        const next = query.pageIndex === earlierQuery.pageIndex + 1;
        if (repeated === 0 || (next && shiftedByNewItems(earlierIds, ids, repeated, query.pageSize))) continue;
        ids.forEach((id, index) => {
          if (id === null || !listed.has(id)) return;
          const text = `${call} items[${index}].id ${show(id)} was also listed by ${earlierCall}: page on the server (pageIndex counts from 0).`;
          problems.push(['list.id:paged', text]);
        });
      }
    });
  }
  return problems;
}

/** The first usable id of a list answer, or null. */
function firstId(raw: unknown): string | null {
  if (!isObject(raw) || !Array.isArray(raw.items)) return null;
  for (const item of raw.items) {
    const id = isObject(item) ? toId(item.id) : null;
    if (id !== null) return id;
  }
  return null;
}

/** One text per kind, the first found, with how many more of that kind followed. */
function fold(problems: readonly ContractProblem[]): string[] {
  const kinds = new Map<string, { text: string; more: number }>();
  for (const [key, text] of problems) {
    const kind = kinds.get(key);
    if (kind) kind.more += 1;
    else kinds.set(key, { text, more: 0 });
  }
  return [...kinds.values()].map(({ text, more }) => (more > 0 ? `${text} (and ${more} more like it)` : text));
}

/**
 * Asks a data source real questions and checks its answers against the data-source contract: the
 * same checks the view runs in development, plus paging across pages and the order of each page.
 * Never throws: a call that throws, rejects or outlasts `timeout` is a problem in the report.
 *
 * ```ts
 * const report = await checkDataSource(myDataSource);
 * expect(report.problems).toEqual([]);
 * ```
 */
export async function checkDataSource(
  dataSource: MigrationLogDataSource,
  options: CheckDataSourceOptions = {},
): Promise<DataSourceReport> {
  const { pageSize = 10, timeout = 5000, get = true, listIssues = true } = options;
  const calls: string[] = [];
  const problems: ContractProblem[] = [];
  const run = (kind: string, call: string, ask: (signal: AbortSignal) => unknown): Promise<CallOutcome> => {
    calls.push(call);
    return checkCall(kind, call, ask, timeout, options.signal);
  };
  const answered = (outcome: CallOutcome): outcome is Extract<CallOutcome, { answered: true }> => {
    if (!outcome.answered) problems.push(outcome.problem);
    return outcome.answered;
  };

  const queries = (options.queries ?? defaultQueries()).map((query) =>
    canonicalQuery(resolveQuery({ pageSize, ...query })),
  );
  const outcomes = await Promise.all(
    queries.map((query) => run('list', listCall(query), (signal) => dataSource.list(query, { signal }))),
  );
  const pages: [MigrationLogQuery, string, unknown][] = [];
  outcomes.forEach((outcome, index) => {
    const query = queries[index] as MigrationLogQuery;
    const call = calls[index] as string;
    if (!answered(outcome)) return;
    problems.push(...listAnswerProblems(outcome.raw, query, call));
    problems.push(...sortOrderProblems(outcome.raw, query, call));
    pages.push([query, call, outcome.raw]);
  });
  problems.push(...pagingProblems(pages));

  const id = options.id ?? firstId(pages[0]?.[2]);
  if (id !== null) {
    const issueQuery = { pageIndex: 0, pageSize };
    const issuesCall = `listIssues(${show(id)}, pageIndex 0, pageSize ${pageSize})`;
    const [details, issues] = await Promise.all([
      get ? run('get', `get(${show(id)})`, (signal) => dataSource.get(id, { signal })) : undefined,
      listIssues && dataSource.listIssues
        ? run('listIssues', issuesCall, (signal) => dataSource.listIssues?.(id, issueQuery, { signal }))
        : undefined,
    ]);
    if (details && answered(details)) problems.push(...detailsAnswerProblems(details.raw, id));
    if (issues && answered(issues)) problems.push(...issuePageProblems(issues.raw, issueQuery, issuesCall));
  }
  return { problems: fold(problems), calls };
}
