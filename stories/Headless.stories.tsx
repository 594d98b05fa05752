import type { Meta, StoryObj } from '@storybook/react-vite';
import { type CSSProperties, useId, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
// A host imports all of these from 'migration-log-view': the stories use only the public entry.
import {
  createInMemoryDataSource,
  defaultMessages,
  durationMs,
  formatCalendarDate,
  formatDuration,
  formatInstant,
  formatNumber,
  formatPercent,
  generateMigrationLogs,
  isActiveStatus,
  MIGRATION_STATUSES,
  type MigrationIssueList,
  type MigrationLog,
  type MigrationLogDataSource,
  MigrationLogError,
  type MigrationLogSortField,
  type MigrationStatus,
  migrationLogColumnHelper,
  type SortDirection,
  StatusBadge,
  type UseMigrationLogsResult,
  useMigrationIssues,
  useMigrationLogDetails,
  useMigrationLogs,
  useMigrationLogTable,
  useNow,
} from '../src/index.js';
import { STORY_NOW } from './support/story-data.js';

const LOCALE = 'en-US';
const TIME_ZONE = 'UTC';

// Demo data in an in-memory source. Stories pin the clock (`STORY_NOW`) so nothing drifts: a host
// passes its own data source and leaves `STORY_NOW` out. `failing` lets a story break the backend.
const failing = { current: false };
const source = createInMemoryDataSource(generateMigrationLogs({ count: 60, seed: 7, now: STORY_NOW }), {
  now: () => STORY_NOW,
  fail: () =>
    failing.current
      ? new MigrationLogError('Database connection lost (HTTP 503).', { kind: 'http', status: 503 })
      : undefined,
});

/** An instant in the user's locale and zone; the exact UTC time on hover. `formatInstant(null)` is null. */
function When({ value }: { value: Date | null }) {
  const formatted = formatInstant(value, { locale: LOCALE, timeZone: TIME_ZONE });
  if (!formatted) return <>—</>;
  return (
    <time dateTime={formatted.dateTime} title={`UTC: ${formatted.utc}`}>
      {formatted.text}
    </time>
  );
}

/** How long a migration ran, ticking every second while it runs. */
function Duration({ log }: { log: MigrationLog }) {
  const active = isActiveStatus(log.status);
  const now = useNow(1000, active, STORY_NOW);
  const ms = durationMs(log.startTime, log.endTime, active, now);
  return <>{ms === null ? '—' : formatDuration(ms, defaultMessages.durationUnits, { locale: LOCALE })}</>;
}

/** What the list shows, for one live region. `rows` can be an earlier page's (`isPlaceholderData`). */
function statusText({ query, rows, total, isLoading, isPlaceholderData, error }: UseMigrationLogsResult) {
  if (isLoading) return 'Loading migrations…';
  if (isPlaceholderData) return error ? 'Showing the last page loaded.' : 'Loading…';
  if (rows.length === 0) return error ? '' : 'No migrations match these filters.';
  const first = query.pageIndex * query.pageSize + 1;
  return `Showing ${first}–${first + rows.length - 1} of ${total ?? 'many'} migrations`;
}

/** Loading, empty and counts in a live region; an error as an alert with Retry. */
function ListStatus({ list }: { list: UseMigrationLogsResult }) {
  return (
    <>
      <p role="status">{statusText(list)}</p>
      {list.errorMessage && (
        <div role="alert">
          Could not load migrations: {list.errorMessage}{' '}
          <button type="button" onClick={() => void list.refetch()}>
            Retry
          </button>
        </div>
      )}
    </>
  );
}

/**
 * A pager button that stays focusable where there is nowhere to go: a `disabled` one would drop
 * keyboard focus to the page the moment the last page is reached (WCAG 2.4.3).
 */
function PageButton({ enabled, onPress, children }: { enabled: boolean; onPress: () => void; children: string }) {
  return (
    <button type="button" aria-disabled={!enabled} onClick={enabled ? onPress : undefined}>
      {children}
    </button>
  );
}

/** Previous and next through `setQuery`; `pageCount` is null when the source sends no total. */
function Pager({ list }: { list: UseMigrationLogsResult }) {
  const { query, setQuery, pageCount: pages, hasNextPage } = list;
  return (
    <nav aria-label="Migration pages" style={row}>
      <PageButton enabled={query.pageIndex > 0} onPress={() => setQuery({ pageIndex: query.pageIndex - 1 })}>
        Previous page
      </PageButton>
      <span>
        Page {query.pageIndex + 1} of {pages ?? '…'}
      </span>
      <PageButton enabled={hasNextPage} onPress={() => setQuery({ pageIndex: query.pageIndex + 1 })}>
        Next page
      </PageButton>
    </nav>
  );
}

const ISSUES_PER_PAGE = 5;

/** Errors and warnings, one small page at a time (a migration can have 50,000). */
function Issues({ dataSource, migrationId, initial }: IssuesProps) {
  const [pageIndex, setPageIndex] = useState(0);
  const issues = useMigrationIssues({ dataSource, migrationId, initial, pageIndex, pageSize: ISSUES_PER_PAGE });
  const items = issues.issues?.items ?? [];
  // Null when the source sends no total; `hasNextPage` then says whether this page was full.
  const pages = issues.pageCount;
  if (issues.errorMessage) {
    return (
      <p role="alert">
        Could not load errors and warnings: {issues.errorMessage}{' '}
        <button type="button" onClick={() => void issues.refetch()}>
          Retry
        </button>
      </p>
    );
  }
  if (issues.status === 'success' && items.length === 0) return <p>No errors or warnings.</p>;
  return (
    <>
      <h5>Errors and warnings</h5>
      <ol start={pageIndex * ISSUES_PER_PAGE + 1}>
        {items.map((issue) => (
          <li key={issue.key}>
            <strong>{issue.level === 'error' ? 'Error' : 'Warning'}:</strong> {issue.message}
            {issue.recordKey && <> ({issue.recordKey})</>}
          </li>
        ))}
      </ol>
      {issues.canPage && (
        <nav aria-label="Error and warning pages" style={row}>
          <PageButton enabled={pageIndex > 0} onPress={() => setPageIndex(pageIndex - 1)}>
            Previous issues
          </PageButton>
          <span role="status">
            Page {pageIndex + 1} of {pages === null ? '…' : formatNumber(pages, { locale: LOCALE })}
          </span>
          <PageButton enabled={issues.hasNextPage} onPress={() => setPageIndex(pageIndex + 1)}>
            Next issues
          </PageButton>
        </nav>
      )}
    </>
  );
}
interface IssuesProps {
  dataSource: MigrationLogDataSource;
  migrationId: string;
  initial: MigrationIssueList | null;
}

/** A panel under the card, not the built-in dialog: details and issues from the headless hooks. */
function DetailsPanel({ id, dataSource, migrationId }: DetailsPanelProps) {
  const headingId = useId();
  const { details, isLoading, errorMessage, refetch } = useMigrationLogDetails({ dataSource, migrationId });
  const count = (n: number | null) => (n === null ? '—' : formatNumber(n, { locale: LOCALE }));
  return (
    <section id={id} aria-labelledby={headingId}>
      <h4 id={headingId}>Details</h4>
      {isLoading && <p>Loading details…</p>}
      {errorMessage && (
        <p role="alert">
          {errorMessage}{' '}
          <button type="button" onClick={() => void refetch()}>
            Retry
          </button>
        </p>
      )}
      {details && (
        <>
          <dl style={fields}>
            <dt>Migration id</dt>
            <dd>
              <code>{details.id}</code>
            </dd>
            <dt>Duration</dt>
            <dd>
              <Duration log={details} />
            </dd>
            <dt>Processed</dt>
            <dd>
              {count(details.counts.processed)} of {count(details.counts.total)}
            </dd>
            <dt>Failed / skipped</dt>
            <dd>
              {count(details.counts.failed)} / {count(details.counts.skipped)}
            </dd>
          </dl>
          {/* Mounted once the details are in: their embedded first page of issues is shown without a second request. */}
          <Issues dataSource={dataSource} migrationId={migrationId} initial={details.issues} />
        </>
      )}
    </section>
  );
}

interface DetailsPanelProps {
  id: string;
  dataSource: MigrationLogDataSource;
  migrationId: string;
}

function MigrationCard({ log, dataSource, open, onToggle }: MigrationCardProps) {
  const headingId = useId();
  const buttonId = useId();
  const panelId = useId();
  return (
    <li style={card}>
      <h3 id={headingId}>
        <When value={log.startTime} />
      </h3>
      {/* `rawStatus`, not `status`: an unknown status then shows what the server sent. */}
      <StatusBadge status={log.rawStatus} />
      <dl style={fields}>
        <dt>Generated by</dt>
        <dd>{log.generatedBy ?? '—'}</dd>
        <dt>Cutover date</dt>
        <dd>{formatCalendarDate(log.cutoverDate, { locale: LOCALE }) ?? '—'}</dd>
        <dt>Progress</dt>
        <dd>{log.progress === null ? '—' : formatPercent(log.progress, { locale: LOCALE })}</dd>
      </dl>
      {/* A row without an id has no details to ask for. */}
      {log.id && (
        <button
          type="button"
          id={buttonId}
          aria-labelledby={`${buttonId} ${headingId}`}
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          onClick={onToggle}
        >
          Details
        </button>
      )}
      {open && <DetailsPanel id={panelId} dataSource={dataSource} migrationId={log.id} />}
    </li>
  );
}
interface MigrationCardProps {
  log: MigrationLog;
  dataSource: MigrationLogDataSource;
  open: boolean;
  onToggle: () => void;
}

/** A host's own card list on `useMigrationLogs`: filter, sort and pager all go through `setQuery`. */
function MigrationCards({ dataSource }: { dataSource: MigrationLogDataSource }) {
  const list = useMigrationLogs({ dataSource, defaultQuery: { pageSize: 6 } });
  const { query, setQuery, rows } = list;
  const [openId, setOpenId] = useState<string | null>(null);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Migrations</h2>
      <div style={row}>
        <label>
          Status{' '}
          <select
            value={query.filter.statuses?.[0] ?? ''}
            onChange={(event) => {
              const status = event.target.value as MigrationStatus | '';
              setQuery({ filter: { ...query.filter, statuses: status ? [status] : undefined } });
            }}
          >
            <option value="">All</option>
            {MIGRATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {defaultMessages.statusLabels[status]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Sort by{' '}
          <select
            value={`${query.sort.field} ${query.sort.direction}`}
            onChange={(event) => {
              const [field, direction] = event.target.value.split(' ') as [MigrationLogSortField, SortDirection];
              setQuery({ sort: { field, direction } });
            }}
          >
            <option value="startTime desc">Newest first</option>
            <option value="startTime asc">Oldest first</option>
            <option value="progress asc">Least progress first</option>
          </select>
        </label>
      </div>
      <ListStatus list={list} />
      <ul style={cards}>
        {rows.map((log) => (
          <MigrationCard
            key={log.rowKey}
            log={log}
            dataSource={dataSource}
            open={openId === log.id}
            onToggle={() => setOpenId(openId === log.id ? null : log.id)}
          />
        ))}
      </ul>
      <Pager list={list} />
    </section>
  );
}

// The host's columns: those named after a sort field sort on the server; the hook offers no sort
// on any other (`getCanSort()` is false), such as the host's own `duration` column.
const h = migrationLogColumnHelper;
const columns = h.columns([
  h.accessor('startTime', { header: 'Start time', cell: (cell) => <When value={cell.getValue()} /> }),
  h.accessor('generatedBy', { header: 'Generated by', cell: (cell) => cell.getValue() ?? '—' }),
  h.accessor('status', { header: 'Status', cell: ({ row }) => <StatusBadge status={row.original.rawStatus} /> }),
  h.accessor('progress', {
    header: 'Progress',
    cell: (cell) => {
      const progress = cell.getValue();
      return progress === null ? '—' : formatPercent(progress, { locale: LOCALE });
    },
  }),
  h.display({ id: 'duration', header: 'Duration', cell: ({ row }) => <Duration log={row.original} /> }),
]);

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

/** A TanStack Table v9 instance from `useMigrationLogTable`, rendered in the host's own markup. */
function MigrationTable({ dataSource }: { dataSource: MigrationLogDataSource }) {
  const list = useMigrationLogs({ dataSource, defaultQuery: { pageSize: 10 } });
  const { rows, query, setQuery } = list;
  const table = useMigrationLogTable({ rows, columns, sort: query.sort, onSortChange: (sort) => setQuery({ sort }) });
  return (
    <div>
      <ListStatus list={list} />
      {/* Wider than a phone: the table scrolls sideways rather than overflowing the page. */}
      <div style={{ overflowX: 'auto' }}>
        <table>
          <caption>Migrations</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      aria-sort={sorted ? ARIA_SORT[sorted] : undefined}
                      style={cellStyle}
                    >
                      {header.column.getCanSort() ? (
                        <button type="button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} style={cellStyle}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager list={list} />
    </div>
  );
}

const row: CSSProperties = { display: 'flex', gap: '1rem', alignItems: 'center', flexWrap: 'wrap' };
const cards: CSSProperties = { display: 'grid', gap: '1rem', padding: 0, listStyle: 'none' };
const card: CSSProperties = { border: '1px solid', borderRadius: 8, padding: '0 1rem 1rem' };
const cellStyle: CSSProperties = { textAlign: 'start', padding: '0.25rem 1rem 0.25rem 0' };
const fields: CSSProperties = { display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '0.25rem 1rem' };

const meta = {
  title: 'Headless hooks/Custom markup',
  component: MigrationCards,
  args: { dataSource: source },
  argTypes: { dataSource: { control: false } },
} satisfies Meta<typeof MigrationCards>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A card list built on `useMigrationLogs`, with `StatusBadge` and the formatters; a details panel on
 * `useMigrationLogDetails` and `useMigrationIssues`. Filter, sort, page, then read one migration.
 */
export const CardList: Story = {
  play: async ({ canvasElement }) => {
    failing.current = false;
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('Showing 1–6 of 60 migrations')).toBeVisible();

    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Status' }), 'error');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/^Showing 1–\d+ of \d+ migrations$/));
    const statuses = canvas
      .getAllByRole('listitem')
      .map((card) => card.querySelector<HTMLElement>('[data-status]')?.dataset.status);
    await expect(new Set(statuses)).toEqual(new Set(['error']));
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await expect(await canvas.findByText('Page 2 of 2')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Previous page' }));
    await canvas.findByText('Page 1 of 2');
    const newest = canvas.getAllByRole('heading', { level: 3 })[0]?.textContent;
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Sort by' }), 'Oldest first');
    await waitFor(() => expect(canvas.getAllByRole('heading', { level: 3 })[0]).not.toHaveTextContent(newest ?? ''));

    // Open the first card's details from the keyboard; the panel pages through its issues.
    const [details] = canvas.getAllByRole('button', { name: /^Details / });
    if (!details) throw new Error('no cards');
    details.focus();
    await userEvent.keyboard('{Enter}');
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    const panel = await canvas.findByRole('region', { name: 'Details' });
    await within(panel).findByRole('heading', { name: 'Errors and warnings' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Next issues' }));
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(/^Page 2 of/));
    await userEvent.click(details);
    await expect(canvas.queryByRole('region', { name: 'Details' })).toBeNull();
  },
};

/** The hook's empty state: nothing matches. */
export const CardListEmpty: Story = {
  args: { dataSource: createInMemoryDataSource([]) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText('No migrations match these filters.')).toBeVisible();
    const next = canvas.getByRole('button', { name: 'Next page' });
    await expect(next).toHaveAttribute('aria-disabled', 'true');
    // Still focusable, and a press goes nowhere.
    next.focus();
    await userEvent.keyboard('{Enter}');
    await expect(next).toHaveFocus();
    await expect(canvas.getByText('Page 1 of 1')).toBeVisible();
  },
};

/** The next page fails: the hook keeps the rows shown, the host shows the error and a Retry. */
export const CardListError: Story = {
  play: async ({ canvasElement }) => {
    failing.current = false;
    const canvas = within(canvasElement);
    await canvas.findByText('Showing 1–6 of 60 migrations');
    failing.current = true;
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    // A 503 is retried once, about a second later, before the error shows.
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Database connection lost (HTTP 503).');
    await expect(canvas.getAllByRole('button', { name: /^Details / })).toHaveLength(6);
    // Those rows are page 1's while `query` asks for page 2: the text must not count them as 7–12.
    await expect(canvas.getByRole('status')).toHaveTextContent('Showing the last page loaded.');
    failing.current = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
    await canvas.findByText('Showing 7–12 of 60 migrations');
  },
};

/**
 * `useMigrationLogTable`: a TanStack Table instance with the host's columns, one of them its own
 * (Duration). Headers sort on the server through `setQuery`.
 */
export const TanStackTable: Story = {
  render: (args) => <MigrationTable {...args} />,
  play: async ({ canvasElement }) => {
    failing.current = false;
    const canvas = within(canvasElement);
    await canvas.findByText('Showing 1–10 of 60 migrations');
    const startTime = canvas.getByRole('columnheader', { name: 'Start time' });
    await expect(startTime).toHaveAttribute('aria-sort', 'descending');
    // The host's own column offers no sort button: the server cannot sort by it.
    await expect(within(canvas.getByRole('columnheader', { name: 'Duration' })).queryByRole('button')).toBeNull();
    await expect(canvas.getAllByRole('row')[1]).toHaveTextContent(/\d+ (d|h|min|s)$/);

    within(startTime).getByRole('button').focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(startTime).toHaveAttribute('aria-sort', 'ascending'));
    await userEvent.click(canvas.getByRole('button', { name: 'Progress' }));
    await waitFor(() => expect(canvas.getByRole('columnheader', { name: 'Progress' })).toHaveAttribute('aria-sort'));
    await expect(startTime).not.toHaveAttribute('aria-sort');
  },
};
