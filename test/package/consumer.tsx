// Type-checked against the built package (dist/), as a host app would import it.
import {
  type CheckDataSourceOptions,
  checkDataSource,
  createFetchDataSource,
  createInMemoryDataSource,
  type DataSourceReport,
  type FetchDataSourceOptions,
  formatInstant,
  generateMigrationLogs,
  type InMemoryDataSourceOptions,
  type MigrationLog,
  type MigrationLogDataSource,
  MigrationLogDetailsDialog,
  type MigrationLogDetailsDialogProps,
  type MigrationLogQuery,
  type MigrationLogRecord,
  MigrationLogTable,
  type MigrationLogTableProps,
  MigrationLogView,
  type MigrationLogViewProps,
  type MigrationStatus,
  normalizeMigrationLog,
  StatusBadge,
  type StatusBadgeProps,
  scrollMode,
  type UseMigrationLogsOptions,
  useMigrationLogs,
} from 'migration-log-view';

const options: InMemoryDataSourceOptions = { latency: 10 };
const memory: MigrationLogDataSource = createInMemoryDataSource(generateMigrationLogs({ count: 3 }), options);
const fetchOptions: FetchDataSourceOptions = { baseUrl: '/api' };
const rest: MigrationLogDataSource = createFetchDataSource(fetchOptions);
const status: MigrationStatus = 'completed-warning';
const record: MigrationLogRecord = { id: '1', status };
const row: MigrationLog = normalizeMigrationLog(record);
const query: Partial<MigrationLogQuery> = { pageSize: 10 };
const hookOptions: UseMigrationLogsOptions = { dataSource: rest, defaultQuery: query };
const viewProps: MigrationLogViewProps = { dataSource: memory, mode: 'paged' };
const tableProps: MigrationLogTableProps = { dataSource: memory, mode: scrollMode, scrollPageSize: 200 };
const dialogProps: MigrationLogDetailsDialogProps = { dataSource: memory, migrationId: row.id };
const badgeProps: StatusBadgeProps = { status: row.rawStatus };
const checkOptions: CheckDataSourceOptions = { timeout: 1000, queries: [{ pageSize: 5 }], get: false };
export const checked: Promise<DataSourceReport> = checkDataSource(rest, checkOptions);

export function Host() {
  const logs = useMigrationLogs(hookOptions);
  return (
    <>
      <MigrationLogView {...viewProps} />
      <MigrationLogTable {...tableProps} />
      <MigrationLogDetailsDialog {...dialogProps} />
      <StatusBadge {...badgeProps} />
      <p>{logs.rows.length}</p>
    </>
  );
}

// A server's date may be an Invalid Date: formatInstant then gives null, and the types say so.
export const started: string = formatInstant(new Date('2026-01-02T03:04:05Z'))?.text ?? '—';
// @ts-expect-error a Date is no promise of a value: `new Date('soon')` gives null, not a crash.
export const unchecked: string = formatInstant(new Date('soon')).text;
