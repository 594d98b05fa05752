import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { MigrationLogDetailsDialog } from '../src/components/details-dialog/MigrationLogDetailsDialog.js';
import { MigrationLogError } from '../src/core/errors.js';
import { germanMessages } from '../src/core/messages-de.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../src/core/types.js';
import { createInMemoryDataSource } from '../src/data-sources/in-memory/create-in-memory-data-source.js';
import { demoRecords, pendingSource, STORY_NOW } from './support/story-data.js';

const records = demoRecords();
const idOf = (status: string) => records.find((r) => r.status === status)?.id ?? '';
const source = createInMemoryDataSource(records, { now: () => STORY_NOW });

const noIssues: MigrationLogDetailsRecord = {
  id: 'mig-clean',
  status: 'Completed',
  startTime: '2026-11-27T08:00:00Z',
  endTime: '2026-11-27T10:05:00Z',
  generatedBy: 'ada.lovelace@example.com',
  cutoverDate: '2026-01-01',
  progress: 100,
  objects: [
    { name: 'Subscriptions', total: 1200, processed: 1200, failed: 0, skipped: 0 },
    { name: 'Invoice items', total: 8400, processed: 8400, failed: 0, skipped: 0 },
  ],
  issueCounts: { total: 9600, processed: 9600, succeeded: 9600, failed: 0, skipped: 0, warnings: 0, errors: 0 },
  parameters: { cutoverDate: '2026-01-01', batchSize: 500, includeArchived: false },
  resultFileUrl: 'https://files.example.com/migrations/mig-clean.csv',
};

/** Cancel never answers: the pending state stays on screen. */
const pendingCancel: MigrationLogDataSource = {
  ...source,
  cancel: (_id, { signal }) => pendingSource.list({} as never, { signal }).then(() => undefined),
};
const failingCancel: MigrationLogDataSource = {
  ...source,
  cancel: () =>
    Promise.reject(
      new MigrationLogError('Migration is locked by a running export; try again later.', { kind: 'http', status: 409 }),
    ),
};

const meta = {
  title: 'Components/MigrationLogDetailsDialog',
  component: MigrationLogDetailsDialog,
  args: {
    dataSource: source,
    migrationId: idOf('Completed'),
    now: STORY_NOW,
    timeZone: 'UTC',
    locale: 'en-US',
    onMigrationIdChange: () => {},
    messages: { supportText: 'Need help? Contact billing support at support@example.com.' },
  },
  argTypes: { dataSource: { control: false } },
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof MigrationLogDetailsDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Completed: Story = {};
export const Accepted: Story = { args: { migrationId: idOf('Accepted') } };
export const InProgress: Story = { args: { migrationId: idOf('In progress') } };
/** Error with 50,000 issues: the first page only is loaded; the rest are paged from the source. */
export const ErrorWith50000Issues: Story = { args: { migrationId: idOf('Error') } };
export const CompletedWarning: Story = { args: { migrationId: idOf('Completed-Warning') } };
export const NoIssues: Story = {
  args: { dataSource: createInMemoryDataSource([noIssues], { now: () => STORY_NOW }), migrationId: 'mig-clean' },
};
export const Loading: Story = {
  args: { dataSource: { ...pendingSource, get: (_id, ctx) => pendingSource.list({} as never, ctx) as never } },
};
export const NotFound: Story = { args: { migrationId: 'mig-does-not-exist' } };

export const CancelConfirm: Story = {
  args: { migrationId: idOf('In progress') },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('button', { name: 'Cancel migration' }));
    await expect(await body.findByRole('button', { name: 'Confirm' })).toHaveFocus();
  },
};

export const CancelPending: Story = {
  args: { dataSource: pendingCancel, migrationId: idOf('In progress') },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('button', { name: 'Cancel migration' }));
    await userEvent.click(await body.findByRole('button', { name: 'Confirm' }));
    await expect(await body.findByText('Cancelling…')).toBeVisible();
  },
};

export const CancelFailed: Story = {
  args: { dataSource: failingCancel, migrationId: idOf('In progress') },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    await userEvent.click(await body.findByRole('button', { name: 'Cancel migration' }));
    await userEvent.click(await body.findByRole('button', { name: 'Confirm' }));
    await expect(await body.findByRole('alert')).toHaveTextContent('Migration is locked by a running export');
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' }, args: { migrationId: idOf('Completed-Warning') } };

export const GermanInBerlin: Story = {
  args: { migrationId: idOf('Error'), locale: 'de-DE', timeZone: 'Europe/Berlin', messages: germanMessages },
};
