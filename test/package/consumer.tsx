// Type-checked against the built package (dist/), as a host app would import it.
import {
  type CheckDataSourceOptions,
  checkDataSource,
  createFetchDataSource,
  createInMemoryDataSource,
  type DataSourceReport,
  type FetchDataSourceOptions,
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
