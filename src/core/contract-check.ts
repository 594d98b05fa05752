/**
 * Checks of what a data source answered, against the contract (README, "The data-source contract").
 * The view repairs what it can and shows the rest as an error, without a word to the developer
 * wiring the backend; these say in the console what the source sent and what the view made of it.
 * `warnContractProblems` runs them only outside production, so production bundles drop them (0 B
 * in `npm run size`). The checks themselves are pure and run in any mode: checkDataSource calls
 * them from a host's tests.
 */

import { type ContractProblem, describe, present, recordProblems, show } from './contract-record.js';
import { isObject, toCount, toId, toSafeUrl, toText } from './normalize-values.js';
import type { IssueQuery, MigrationLogQuery } from './types.js';

export type { ContractProblem } from './contract-record.js';

/** What is wrong with a count the view reads as unknown (toCount). */
const NOT_A_COUNT = 'is not a whole number from 0 to 2^53 − 1';

/** A total sent that is no count (the view reads it as unknown). */
function totalProblem(kind: string, call: string, total: unknown): ContractProblem[] {
  if (!present(total) || toCount(total) !== null) return [];
  return [[`${kind}:total`, `${call} total ${show(total)} ${NOT_A_COUNT}: treated as unknown.`]];
}

/** A page longer than the page size asked for (the view keeps the first `pageSize`). */
function pageSizeProblem(kind: string, call: string, length: number, pageSize: number): ContractProblem[] {
  if (length <= pageSize) return [];
  return [
    [
      `${kind}:pageSize`,
      `${call} answered ${length} items for pageSize ${pageSize}: page on the server. The view shows the first ${pageSize}.`,
    ],
  ];
}

/**
 * Problems of a `list()` answer for the query asked. `call` names the call in the texts: the hooks
 * ask one query at a time, checkDataSource several.
 */
export function listAnswerProblems(raw: unknown, asked: MigrationLogQuery, call = 'list()'): ContractProblem[] {
  if (!isObject(raw) || !Array.isArray(raw.items)) {
    const text = `${call} must resolve to { items: [...], total?, hasNextPage? }, not ${describe(raw)}: the view shows an invalid-response error.`;
    return [['list:shape', text]];
  }
  const { items } = raw;
  const problems = [
    ...pageSizeProblem('list', call, items.length, asked.pageSize),
    ...totalProblem('list', call, raw.total),
  ];
  const rows = asked.pageIndex * asked.pageSize + Math.min(items.length, asked.pageSize);
  const total = toCount(raw.total);
  if (total !== null && items.length > 0 && total < rows) {
    problems.push([
      'list:total-low',
      `${call} total ${total} is less than the ${rows} rows up to this page: counted as ${rows}.`,
    ]);
  }
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (!isObject(item)) {
      problems.push([
        'list.item:shape',
        `${call} items[${index}] is ${describe(item)}, not a record: shown as a row of —.`,
      ]);
      return;
    }
    problems.push(...recordProblems(item, `${call} items[${index}]`, 'list'));
    const id = toId(item.id);
    if (id !== null && ids.has(id)) {
      problems.push(['list.id:twice', `${call} items[${index}].id ${show(id)} appears twice in one page.`]);
    }
    if (id !== null) ids.add(id);
  });
  return problems;
}

/** Problems of a `get(id)` answer. */
export function detailsAnswerProblems(raw: unknown, id: string): ContractProblem[] {
  const call = `get(${show(id)})`;
  if (!isObject(raw) || !present(raw.id ?? raw.status)) {
    const text = `${call} must resolve to a migration record ({ id, status, … }), not ${describe(raw)}: the view shows an invalid-response error.`;
    return [['get:shape', text]];
  }
  const problems = recordProblems(raw, call, 'get');
  const answered = toId(raw.id);
  if (answered !== null && answered !== id) {
    problems.push(['get:other', `${call} resolved to the migration ${show(answered)}: the view shows an error.`]);
  }
  const wrong = (field: string, shape: string, shown: string) => {
    problems.push([`get.${field}:shape`, `${call}.${field} must be ${shape}, not ${describe(raw[field])}: ${shown}.`]);
  };
  if (present(raw.objects) && !Array.isArray(raw.objects)) wrong('objects', 'an array', 'no per-object breakdown');
  if (present(raw.parameters) && !isObject(raw.parameters)) wrong('parameters', 'an object', 'no parameters');
  if (present(raw.issues) && !(isObject(raw.issues) && Array.isArray(raw.issues.items))) {
    wrong('issues', '{ items: [...], total? }', 'no first page of issues');
  }
  if (isObject(raw.issueCounts)) {
    for (const [name, value] of Object.entries(raw.issueCounts)) {
      if (present(value) && toCount(value) === null) {
        problems.push([
          `get.issueCounts:count`,
          `${call}.issueCounts.${name} ${show(value)} ${NOT_A_COUNT}: shown as —.`,
        ]);
      }
    }
  }
  if (present(raw.resultFileUrl) && toSafeUrl(raw.resultFileUrl) === null) {
    problems.push([
      'get.resultFileUrl:url',
      `${call}.resultFileUrl ${show(raw.resultFileUrl)} is not an http(s) URL: no download link.`,
    ]);
  }
  return problems;
}

/** Problems of a `listIssues(id, query)` answer; `call` names the call in the texts. */
export function issuePageProblems(raw: unknown, query: IssueQuery, call = 'listIssues()'): ContractProblem[] {
  if (!isObject(raw) || !Array.isArray(raw.items)) {
    const text = `${call} must resolve to { items: [...], total? }, not ${describe(raw)}: the view shows an invalid-response error.`;
    return [['listIssues:shape', text]];
  }
  const problems = [
    ...pageSizeProblem('listIssues', call, raw.items.length, query.pageSize),
    ...totalProblem('listIssues', call, raw.total),
  ];
  raw.items.forEach((item, index) => {
    const where = `${call} items[${index}]`;
    const text = isObject(item)
      ? `${where}.message ${show(item.message)} is blank or not text`
      : `${where} is ${describe(item)}, not an issue`;
    if (!isObject(item) || toText(item.message) === null) {
      problems.push(['listIssues.message:none', `${text}: it is listed without a message.`]);
    }
  });
  return problems;
}

// Bundlers replace `process.env.NODE_ENV`; the library needs no Node types for that.
declare const process: { env: { NODE_ENV?: string } };

const told = new Set<string>();

/**
 * Writes each kind of problem to the console once per page load, so polling does not repeat it.
 * Takes a function so production builds (where the NODE_ENV test is a constant) run no check.
 * A check that throws on some hostile value is dropped: a development aid must never break the view.
 */
export function warnContractProblems(check: () => readonly ContractProblem[]): void {
  if (process.env.NODE_ENV === 'production') return;
  let problems: readonly ContractProblem[] = [];
  try {
    problems = check();
  } catch {
    // Dropped (see above).
  }
  for (const [key, text] of problems) {
    if (told.has(key)) continue;
    told.add(key);
    console.warn(`migration-log-view: ${text} See "The data-source contract" in the README.`);
  }
}

/** How long a data-source call may stay unsettled before development says so. */
const UNSETTLED_MS = 30_000;

/** What a call unsettled after `ms` means, and what to do; also checkDataSource's text. */
export function unsettledText(call: string, ms: number): string {
  return `${call} has not settled after ${ms / 1000} s: the view shows it as loading until it does. Give the data source a timeout (createFetchDataSource has one), and make it reject when its AbortSignal aborts.`;
}

/**
 * Says once per call when a data-source call has neither settled nor been aborted after 30 s: the
 * view shows it as loading until it does, and only the data source can end it.
 */
export function warnIfUnsettled(call: string, answer: Promise<unknown>, signal: AbortSignal): void {
  if (process.env.NODE_ENV === 'production') return;
  const timer = setTimeout(() => {
    warnContractProblems(() => [[`${call}:unsettled`, unsettledText(call, UNSETTLED_MS)]]);
  }, UNSETTLED_MS);
  const stop = () => {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  };
  signal.addEventListener('abort', stop, { once: true });
  answer.then(stop, stop);
}
