// The names the README's prose gives (props, types, helpers, options), used as a host app would,
// type-checked against the built package (dist/): a rename breaks `npm run check:package`, not a
// newcomer's build. The README's code blocks are checked word for word by
// scripts/check-readme-samples.mjs.

import {
  type ChaosOptions,
  createChaosDataSource,
  createInMemoryDataSource,
  defaultMessages,
  durationMs,
  errorText,
  type FetchDataSourceOptions,
  formatCalendarDate,
  formatDuration,
  formatInstant,
  generateMigrationLogs,
  type InMemoryDataSourceOptions,
  type IssuePage,
  type IssueQuery,
  isActiveStatus,
  type MigrationLog,
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
  resolveMessages,
  StatusBadge,
  type StatusBadgeProps,
  type UseMigrationLogsOptions,
  type UseMigrationLogsResult,
  useNow,
} from 'migration-log-view';

// The host's data source.
declare const source: MigrationLogDataSource;

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
