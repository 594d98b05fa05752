import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { MigrationLogTable } from '../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../src/components/table/scroll-mode.js';
import { MigrationLogError } from '../src/core/errors.js';
import { germanMessages } from '../src/core/messages-de.js';
import { createFetchDataSource } from '../src/data-sources/fetch/create-fetch-data-source.js';
import { createInMemoryDataSource } from '../src/data-sources/in-memory/create-in-memory-data-source.js';
import {
  demoSource,
  flakySource,
  hostileRecords,
  hundredThousandSource,
  pendingSource,
  STORY_NOW,
  slowAfterFirstSource,
} from './support/story-data.js';

const meta = {
  title: 'Components/MigrationLogTable',
  component: MigrationLogTable,
  args: {
    dataSource: demoSource(),
    now: STORY_NOW,
    timeZone: 'UTC',
    locale: 'en-US',
    onOpenDetails: () => {},
    unstyled: false,
    showToolbar: true,
    refreshInterval: 5000,
  },
  argTypes: {
    dataSource: { control: false },
    locale: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'ja-JP'] },
    timeZone: { control: 'select', options: ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tokyo'] },
  },
} satisfies Meta<typeof MigrationLogTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** First load: skeleton rows of the final size, announced as loading. */
export const Loading: Story = { args: { dataSource: pendingSource } };

export const Empty: Story = { args: { dataSource: createInMemoryDataSource([]) } };

/** Filters that exclude everything offer the reset. */
export const FilteredToEmpty: Story = {
  args: { defaultQuery: { filter: { search: 'no-such-migration' } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The row's message (the pager's status says it too, to screen readers only).
    await expect(await canvas.findByText('No migrations match these filters.', { selector: 'td span' })).toBeVisible();
  },
};

const failing = { current: false };
/**
 * The backend fails after rows were shown: the message shows as text, the previous page's rows stay
 * and the alert says they are the previous results, retry recovers.
 */
export const ErrorThenRetry: Story = {
  args: { dataSource: flakySource(demoSource(), failing) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    failing.current = false;
    await canvas.findAllByRole('button', { name: /View details of/ });
    failing.current = true;
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    // A 503 is retried once, about a second later, before the error shows: wait past that.
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Database connection lost (HTTP 503). Showing the previous results.');
    await expect(canvas.getAllByRole('button', { name: /View details of/ }).length).toBeGreaterThan(0);
    failing.current = false;
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(canvas.queryByRole('alert')).toBeNull());
  },
};

/** A refresh in flight over shown rows: a quiet indicator, never a loading flash. */
export const Refreshing: Story = {
  args: { dataSource: slowAfterFirstSource(demoSource()) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('button', { name: /View details of/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    // Shown by the indicator, said by the status bar's live region (the shown copy is aria-hidden).
    await expect(await canvas.findByText('Refreshing…', { selector: '.mlv-status-bar__activity' })).toBeVisible();
    // A live region takes its text 100 ms after it mounts (LiveStatus): a click on Next sooner than
    // that after the first rows came is said a moment later, not at once.
    await waitFor(() =>
      expect(canvas.getAllByRole('status').map((status) => status.textContent)).toContain('Refreshing…'),
    );
    await expect(canvas.getAllByRole('button', { name: /View details of/ }).length).toBeGreaterThan(0);
  },
};

/** Active migrations advance every second while the story is open. */
export const LiveProgress: Story = {
  args: {
    dataSource: demoSource(40, { now: () => Date.now(), liveProgress: { intervalMs: 1000, step: 3 } }),
    now: undefined,
    defaultQuery: { filter: { statuses: ['accepted', 'in-progress'] } },
  },
};

export const LongNamesAndIds: Story = {
  args: { dataSource: createInMemoryDataSource(hostileRecords.slice(-1).concat(hostileRecords.slice(0, 1))) },
};

/** Unknown statuses, broken dates, progress of 250, -5 and NaN, HTML in every string: all shown as text. */
export const UnknownAndBrokenRecords: Story = {
  args: { dataSource: createInMemoryDataSource(hostileRecords) },
  play: async ({ canvasElement }) => {
    // The record without an id is shown, with no details action: there is nothing to ask for.
    const cell = await within(canvasElement).findByText('no-id@example.com');
    const row = cell.closest('tr') as HTMLElement;
    await expect(within(row).queryByRole('button')).toBeNull();
    await expect(within(row).getByText('Error')).toBeInTheDocument();
  },
};

export const HundredsOfPages: Story = { args: { dataSource: demoSource(5000), defaultQuery: { pageSize: 10 } } };

/**
 * `mode={scrollMode}` over 100,000 migrations: one virtualised list with a sticky header, fetched 100
 * rows at a time as it scrolls; arrow, Page and Home / End keys move between rows.
 */
export const ScrollMode100k: Story = {
  args: { mode: scrollMode },
  loaders: [async () => ({ dataSource: hundredThousandSource() })],
  render: (args, { loaded }) => <MigrationLogTable {...args} dataSource={loaded.dataSource} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = await canvas.findByRole('table');
    await waitFor(() => expect(table).toHaveAttribute('aria-rowcount', '100001'));
    const [first] = await canvas.findAllByRole('button', { name: /View details of/ });
    const row = first?.closest('tr');
    if (!row) throw new Error('no rows');
    row.focus();
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('aria-rowindex', '100001'));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(canvasElement.ownerDocument.activeElement).toHaveAttribute('aria-rowindex', '2'));
  },
};

/** A server that reports a billion migrations: scroll mode goes as far as a browser can scroll and says so. */
const billionSource = () => {
  const inner = demoSource();
  return {
    ...inner,
    list: async (...args: Parameters<typeof inner.list>) => ({ ...(await inner.list(...args)), total: 1e9 }),
  };
};

export const ScrollModeBeyondBrowserLimit: Story = {
  args: { mode: scrollMode, dataSource: billionSource() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('button', { name: /View details of/ });
    await expect(canvas.getByText('1,000,000,000 migrations')).toBeVisible();
    await expect(canvas.getByText(/^Showing the first [\d,]+ of 1,000,000,000\./)).toBeVisible();
  },
};

/** Sort by a column and filter to one status, as a user would. */
export const SortAndFilter: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('button', { name: /View details of/ });
    const progress = canvas.getByRole('columnheader', { name: /Progress/ });
    await userEvent.click(within(progress).getByRole('button'));
    await waitFor(() => expect(progress).toHaveAttribute('aria-sort', 'descending'));
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Error' }));
    await waitFor(() => {
      const statuses = canvasElement.querySelectorAll('tbody tr[data-status]');
      expect(statuses.length).toBeGreaterThan(0);
      for (const row of statuses) expect(row.getAttribute('data-status')).toBe('error');
    });
  },
};

/**
 * Scroll mode with a host column and row action: every column keeps a readable width (the area
 * scrolls sideways when they do not fit), and badges and actions fit their cells. The host column
 * gets its own width with the selector the README shows, so no id is cut off.
 */
export const ScrollModeWithHostColumn: Story = {
  args: {
    mode: scrollMode,
    columns: [{ id: 'id', header: 'Migration id', cell: (row) => <code>{row.id}</code> }],
    rowActions: (row) => <a href={`#/migrations/${encodeURIComponent(row.id)}`}>Open</a>,
  },
  decorators: [
    (Story) => (
      <>
        <style>{`.mlv-styled .mlv-table--virtual .mlv-table__header[data-column="id"] { width: 22rem }`}</style>
        <Story />
      </>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('button', { name: /View details of/ });
    const table = canvas.getByRole('table');
    const [firstRow] = table.querySelectorAll('tbody tr[data-row-key]');
    const headers = [...table.querySelectorAll('th')];
    const box = (element: Element) => element.getBoundingClientRect();
    headers.forEach((header, index) => {
      const cell = firstRow?.children[index];
      if (!cell) throw new Error(`no cell under ${header.textContent}`);
      expect(box(header).width, header.textContent ?? '').toBeGreaterThanOrEqual(120);
      expect(Math.abs(box(header).left - box(cell).left), header.textContent ?? '').toBeLessThan(1);
    });
    for (const cell of table.querySelectorAll('td[data-column="id"]')) {
      expect(cell.scrollWidth, cell.textContent ?? '').toBeLessThanOrEqual(cell.clientWidth);
    }
    for (const item of table.querySelectorAll(
      'td[data-column="status"] .mlv-status-badge, td[data-column="actions"] > *',
    )) {
      const cell = item.closest('td') as HTMLElement;
      const end = box(cell).right - Number.parseFloat(getComputedStyle(cell).paddingRight);
      expect(box(item).right, item.textContent ?? '').toBeLessThanOrEqual(end + 0.5);
    }
  },
};

/**
 * Scroll mode with the WCAG 1.4.12 text spacing a user stylesheet may force (line height 1.5,
 * letter spacing 0.12em, word spacing 0.16em): dates and times still fit their fixed-width cells.
 */
export const ScrollModeWithTextSpacing: Story = {
  args: { mode: scrollMode },
  decorators: [
    (Story) => (
      <div className="text-spacing">
        <style>
          {
            '.text-spacing * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }'
          }
        </style>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('button', { name: /View details of/ });
    const times = canvasElement.querySelectorAll('td[data-column="startTime"] time, td[data-column="endTime"] time');
    await expect(times.length).toBeGreaterThan(0);
    for (const time of times) {
      const cell = time.closest('td') as HTMLElement;
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const text = document.createRange();
      text.selectNodeContents(time);
      expect(text.getBoundingClientRect().width, time.textContent ?? '').toBeLessThanOrEqual(room + 0.5);
    }
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' } };

export const GermanInBerlin: Story = {
  args: { locale: 'de-DE', timeZone: 'Europe/Berlin', messages: germanMessages },
};

/**
 * German, and the server cannot be reached: the library's own error text comes from `messages`
 * too (a server's own message would be shown as it is).
 */
export const GermanServerUnreachable: Story = {
  args: {
    locale: 'de-DE',
    timeZone: 'Europe/Berlin',
    messages: germanMessages,
    dataSource: {
      list: async () => {
        throw new MigrationLogError('The server could not be reached.', { kind: 'network', detail: null });
      },
      get: async () => {
        throw new MigrationLogError('The server could not be reached.', { kind: 'network', detail: null });
      },
    },
  },
  play: async ({ canvasElement }) => {
    // A network error is retried once (after about a second) before it is shown.
    const alert = await within(canvasElement).findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('Die Migrationen konnten nicht geladen werden.');
    await expect(alert).toHaveTextContent('Die Verbindung zum Server ist fehlgeschlagen.');
    await expect(
      within(alert.parentElement as HTMLElement).getByRole('button', { name: 'Erneut versuchen' }),
    ).toBeInTheDocument();
  },
};

/** A fetch that never settles, like a server that accepts the connection and never answers. */
const neverAnswers: typeof fetch = (_url, init) =>
  new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), { once: true });
  });

/**
 * The REST source against a server that never answers: after its `timeout` (here 1.5 s, default
 * 30 s) the table stops loading and says so, with Retry. A timeout is not retried automatically.
 */
export const ServerNeverAnswers: Story = {
  args: {
    dataSource: createFetchDataSource({ baseUrl: '/api', fetch: neverAnswers, timeout: 1500 }),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Shown from the first render; the status bar's live region says it a moment later.
    await expect(canvas.getByText('Loading migrations…', { selector: '.mlv-status-bar__activity' })).toBeVisible();
    await waitFor(() =>
      expect(canvas.getAllByRole('status').map((status) => status.textContent)).toContain('Loading migrations…'),
    );
    const alert = await canvas.findByRole('alert', {}, { timeout: 5000 });
    await expect(alert).toHaveTextContent('The server did not answer in time. Try again later.');
    await expect(within(alert.parentElement as HTMLElement).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  },
};

/**
 * A host brand: only `--mlv-*` tokens are overridden. Each colour is a `light-dark()` pair, so the
 * brand keeps its contrast when the view turns dark (the view sets `color-scheme` for its theme).
 */
export const CustomBrandTheme: Story = {
  decorators: [
    (Story) => (
      <div className="brand-theme-example">
        <style>{`.brand-theme-example .mlv-styled { --mlv-color-accent: light-dark(#6d28d9, #a78bfa); --mlv-color-focus-ring: light-dark(#6d28d9, #a78bfa); --mlv-color-progress-fill: light-dark(#6d28d9, #a78bfa); --mlv-radius: 12px; --mlv-font-family: Georgia, serif; }`}</style>
        <Story />
      </div>
    ),
  ],
};

/** No stylesheet applies: semantic markup and classes only, for hosts with their own design system. */
export const Unstyled: Story = {
  args: { unstyled: true },
  // Without the stylesheet there is no theme: the host's own page colours apply.
  parameters: { theme: 'light' },
};

export const CustomColumnAndAction: Story = {
  args: {
    columns: [{ id: 'id', header: 'Migration id', cell: (row) => <code>{row.id}</code> }],
    rowActions: (row) => (
      <a href={`#/migrations/${encodeURIComponent(row.id)}`} aria-label={`Open migration ${row.id} in a new view`}>
        Open
      </a>
    ),
  },
};
