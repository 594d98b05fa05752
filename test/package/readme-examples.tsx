// The README's code examples, as a host app would write them, type-checked against the built
// package (dist/): a renamed prop or export breaks `npm run check:package`, not a newcomer's build.
// Keep each block as close to its README text as TypeScript allows; only the host's own names
// (getToken, a router's useSearchParams, React state) are declared around them. The prop, type and
// helper names the README's prose gives (at the end) are used here too, so a rename breaks this file.

import {
  type ChaosOptions,
  checkDataSource,
  createChaosDataSource,
  createFetchDataSource,
  createInMemoryDataSource,
  defaultMessages,
  defaultMigrationLogColumns,
  durationMs,
  errorText,
  type FetchDataSourceOptions,
  formatCalendarDate,
  formatDuration,
  formatInstant,
  formatPercent,
  generateMigrationLogs,
  migrationLogColumnHelper as h,
  type InMemoryDataSourceOptions,
  type IssuePage,
  type IssueQuery,
  isActiveStatus,
  type MigrationIssueList,
  type MigrationLog,
  type MigrationLogColumnDef,
  type MigrationLogDataSource,
  type MigrationLogDetails,
  MigrationLogDetailsDialog,
  type MigrationLogDetailsDialogProps,
  type MigrationLogDetailsRecord,
  MigrationLogError,
  type MigrationLogExtraColumn,
  type MigrationLogMessageOverrides,
  type MigrationLogPage,
  type MigrationLogQuery,
  type MigrationLogRecord,
  MigrationLogTable,
  type MigrationLogTableProps,
  type MigrationLogUrlState,
  MigrationLogView,
  type MigrationLogViewProps,
  type MigrationStatusOrUnknown,
  readMigrationLogUrlState,
  resolveMessages,
  StatusBadge,
  type StatusBadgeProps,
  scrollMode,
  type UseMigrationLogsOptions,
  type UseMigrationLogsResult,
  useMigrationIssues,
  useMigrationLogDetails,
  useMigrationLogs,
  useMigrationLogTable,
  useNow,
  writeMigrationLogUrlState,
} from 'migration-log-view';
import { useMemo, useState } from 'react';

declare function getToken(): Promise<string>;
declare function useSearchParams(): [URLSearchParams, (params: URLSearchParams) => void];

// "Install and embed"
const source = createFetchDataSource({
  baseUrl: '/api/billing',
  headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
});

export function MigrationsPage() {
  return (
    <MigrationLogView
      dataSource={source}
      timeZone="Europe/Berlin"
      messages={{ supportText: 'Contact billing support at support@example.com.' }}
    />
  );
}

// "Keep the view in your URL"
export function UrlPage() {
  const [params, setParams] = useSearchParams();
  const state = readMigrationLogUrlState(params);
  return (
    <MigrationLogView
      dataSource={source}
      query={state.query}
      onQueryChange={(query) => setParams(writeMigrationLogUrlState({ ...state, query }, params))}
      selectedId={state.selectedId}
      onSelectedIdChange={(selectedId) => setParams(writeMigrationLogUrlState({ ...state, selectedId }, params))}
    />
  );
}

// "Compose the parts"
export function ComposedPage() {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <MigrationLogTable dataSource={source} onOpenDetails={setOpenId} />
      <MigrationLogDetailsDialog dataSource={source} migrationId={openId} onMigrationIdChange={setOpenId} />
      <StatusBadge status="COMPLETED_WARNING" />
    </>
  );
}

// "Next.js (App Router)": the client component (its 'use client' line cannot sit mid-file) and the
// server page that renders it.
const nextSource = createFetchDataSource({ baseUrl: '/api/billing' });

export function Migrations() {
  return <MigrationLogView dataSource={nextSource} timeZone="Europe/Berlin" />;
}

export function NextMigrationsPage() {
  return (
    <main>
      <p>
        Last run: <StatusBadge status="Completed" />
      </p>
      <Migrations />
    </main>
  );
}

// "Long histories: scroll mode"
export function ScrollPage() {
  return <MigrationLogView dataSource={source} mode={scrollMode} />;
}

// "Headless hooks"
export function MigrationList() {
  const { rows, query, setQuery, hasNextPage, isLoading, errorMessage, refetch } = useMigrationLogs({
    dataSource: source,
    defaultQuery: { pageSize: 10, filter: { statuses: ['error'] } },
  });
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <section>
      <p role="status">{isLoading ? 'Loading…' : ''}</p>
      {errorMessage && (
        <p role="alert">
          {errorMessage}{' '}
          <button type="button" onClick={() => void refetch()}>
            Retry
          </button>
        </p>
      )}
      <ul>
        {rows.map((row) => (
          <li key={row.rowKey}>
            <StatusBadge status={row.rawStatus} /> {formatInstant(row.startTime)?.text ?? '—'}{' '}
            {row.progress === null ? '—' : formatPercent(row.progress)}{' '}
            {row.id && (
              <button type="button" onClick={() => setOpenId(row.id)}>
                Details
              </button>
            )}
          </li>
        ))}
      </ul>
      <button
        type="button"
        aria-disabled={!hasNextPage}
        onClick={() => hasNextPage && setQuery({ pageIndex: query.pageIndex + 1 })}
      >
        Next page
      </button>
      {openId && <MigrationIssues key={openId} migrationId={openId} />}
    </section>
  );
}

function MigrationIssues({ migrationId }: { migrationId: string }) {
  const { details, errorMessage } = useMigrationLogDetails({ dataSource: source, migrationId });
  if (!details) return <p>{errorMessage ?? 'Loading…'}</p>;
  return <IssuePages migrationId={migrationId} initial={details.issues} />;
}

function IssuePages({ migrationId, initial }: { migrationId: string; initial: MigrationIssueList | null }) {
  const [pageIndex, setPageIndex] = useState(0);
  const { issues, hasNextPage } = useMigrationIssues({
    dataSource: source,
    migrationId,
    initial,
    pageIndex,
    pageSize: 20,
  });
  return (
    <>
      <ul>
        {issues?.items.map((issue) => (
          <li key={issue.key}>
            {issue.level}: {issue.message}
          </li>
        ))}
      </ul>
      <button type="button" aria-disabled={!hasNextPage} onClick={() => hasNextPage && setPageIndex(pageIndex + 1)}>
        Next issues
      </button>
    </>
  );
}

// "Headless hooks": columns for useMigrationLogTable
function instantColumn(
  field: 'startTime' | 'endTime',
  header: string,
  timeZone: string,
): MigrationLogColumnDef<Date | null> {
  return h.accessor(field, { header, cell: (info) => formatInstant(info.getValue(), { timeZone })?.text ?? '—' });
}

// "Headless hooks": a default column kept, with your own cell
export const statusColumn: MigrationLogColumnDef<MigrationStatusOrUnknown> = {
  ...defaultMigrationLogColumns[5],
  cell: (info) => <StatusBadge status={info.getValue()} />,
};

export function MigrationTable({ timeZone }: { timeZone: string }) {
  const { rows, query, setQuery } = useMigrationLogs({ dataSource: source });
  const columns = useMemo(
    () =>
      h.columns([
        instantColumn('startTime', 'Started', timeZone),
        h.accessor('progress', {
          header: 'Progress',
          cell: (info) => {
            const progress = info.getValue(); // number | null
            return progress === null ? '—' : formatPercent(progress);
          },
        }),
        h.accessor('status', { header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.rawStatus} /> }),
        h.display({ id: 'id', header: 'Id', cell: ({ row }) => <code>{row.original.id}</code> }),
      ]),
    [timeZone],
  );
  const table = useMigrationLogTable({ rows, columns, sort: query.sort, onSortChange: (sort) => setQuery({ sort }) });
  return (
    <table>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr key={row.id}>
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id}>
                <table.FlexRender cell={cell} />
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// "Check your data source in your tests" (the test runner's expect left out: no DOM, no runner here)
export async function contractProblems(): Promise<string[]> {
  const report = await checkDataSource(source);
  const rest = createFetchDataSource({ baseUrl: 'http://localhost:4010/api' });
  return [...report.problems, ...report.calls, ...(await checkDataSource(rest, { timeout: 2000 })).problems];
}

// "Limits": a host source's own timeout, and "Words, locales and time": errorText
export const ownTimeout = new MigrationLogError('No answer in 10 s.', { kind: 'timeout', detail: null });
export const shownText: string = errorText(ownTimeout, defaultMessages);

// "Compose the parts": every prop the paragraph under the example names, with the defaults it gives.
const extraColumn: MigrationLogExtraColumn = { id: 'tenant', header: 'Tenant', cell: (row) => row.id };
const extraColumns = [extraColumn];
const rowActions = (row: MigrationLog) => <a href={`/migrations/${row.id}`}>Open</a>;

export function ProseProps({ onVisibility }: { onVisibility: (v: Record<string, boolean>) => void }) {
  return (
    <>
      <MigrationLogView
        dataSource={source}
        defaultQuery={{ pageSize: 10 }}
        columns={extraColumns}
        rowActions={rowActions}
        pageSizes={[10, 25, 50, 100]}
        refreshInterval={5000}
        searchDebounceMs={300}
        showToolbar
        queryClient={undefined}
        now={Date.UTC(2026, 0, 1)}
        defaultColumnVisibility={{ endTime: false }}
        onColumnVisibilityChange={onVisibility}
        defaultSelectedId={null}
        issuesPageSize={50}
        portalContainer={null}
        mode="paged"
        scrollPageSize={100}
        locale="de-DE"
        unstyled
        className="host"
        data-testid="view"
      />
      <MigrationLogTable dataSource={source} columnVisibility={{ endTime: false }} onOpenDetails={() => {}} />
      <MigrationLogDetailsDialog
        dataSource={source}
        defaultMigrationId="m-1"
        refreshInterval={5000}
        issuesPageSize={50}
        portalContainer={null}
        now={0}
        fallbackFocusTarget={(id) => document.getElementById(id)}
      />
      <StatusBadge status="error" describe={false} />
    </>
  );
}

// "What the hooks leave to you": missing dates, durations, words.
export function RowTimes({ row }: { row: MigrationLog }) {
  const now = useNow(1000, isActiveStatus(row.status));
  const ms = durationMs(row.startTime, row.endTime, isActiveStatus(row.status), now);
  const words = resolveMessages({ supportText: 'Call us.' });
  return (
    <span>
      {formatInstant(row.endTime)?.text ?? '—'} {formatCalendarDate(row.cutoverDate) ?? '—'}{' '}
      {ms === null ? '—' : formatDuration(ms, defaultMessages.durationUnits)} {words.statusLabels[row.status]}{' '}
      {defaultMessages.statusLabels.error}
    </span>
  );
}

// "Everything else exported": the types it names.
export type ReadmeTypes = [
  MigrationLogViewProps,
  MigrationLogTableProps,
  MigrationLogDetailsDialogProps,
  StatusBadgeProps,
  UseMigrationLogsOptions,
  UseMigrationLogsResult,
  MigrationLogDataSource,
  MigrationLogQuery,
  MigrationLogPage,
  MigrationLogRecord,
  MigrationLogDetailsRecord,
  IssueQuery,
  IssuePage,
  MigrationLogDetails,
  MigrationLogMessageOverrides,
  FetchDataSourceOptions,
  InMemoryDataSourceOptions,
  ChaosOptions,
  MigrationLogUrlState,
];

// "The in-memory source" and "The chaos source": the options and methods they name.
export function demoSources() {
  const now = Date.UTC(2026, 0, 1);
  const memory = createInMemoryDataSource(generateMigrationLogs({ count: 100, seed: 7, now }), {
    latency: { min: 50, max: 200 },
    failureRate: 0.1,
    fail: (operation, args) => (operation === 'cancel' && args.id === 'm-1' ? new Error('No.') : undefined),
    liveProgress: { intervalMs: 1000, step: 5 },
    now: () => now,
    seed: 7,
  });
  memory.update('m-2', { progress: 50 });
  memory.dispose();
  const chaos = createChaosDataSource(memory, {
    seed: 1,
    latency: 400,
    failureRate: 0.15,
    timeoutRate: 0.05,
    garbageRate: 0.05,
    dropRate: 0.05,
    reorder: true,
  });
  return [memory.stats().totalCalls, chaos.stats().totalCalls, chaos.calls().length];
}
