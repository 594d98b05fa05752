import { listAnswerProblems, warnContractProblems, warnIfUnsettled } from '../core/contract-check.js';
import { invalidResponseError } from '../core/errors.js';
import { isMigrationLogPageShape, normalizeMigrationLogPage } from '../core/normalize.js';
import { canonicalQuery } from '../core/query.js';
import { isActiveStatus } from '../core/status.js';
import type { MigrationLogDataSource, MigrationLogListResult, MigrationLogQuery } from '../core/types.js';
import { callDataSource } from './to-error.js';

/** Asks the data source for one page and normalises the answer; every list hook fetches through this. */
export async function fetchListPage(
  dataSource: MigrationLogDataSource,
  query: MigrationLogQuery,
  signal: AbortSignal,
): Promise<MigrationLogListResult> {
  const asked = canonicalQuery(query);
  const answer = callDataSource(() => dataSource.list(asked, { signal }));
  warnIfUnsettled('list()', answer, signal);
  const raw: unknown = await answer;
  warnContractProblems(() => listAnswerProblems(raw, asked));
  // An empty list would hide a broken backend; an error says what happened.
  if (!isMigrationLogPageShape(raw)) throw invalidResponseError();
  return normalizeMigrationLogPage(raw, asked.pageIndex * asked.pageSize, asked.pageSize);
}

/** Some row of the page is Accepted or In progress: the page is worth polling. */
export function hasActiveRows(data: Pick<MigrationLogListResult, 'items'> | undefined): boolean {
  return data?.items.some((row) => isActiveStatus(row.status)) ?? false;
}
