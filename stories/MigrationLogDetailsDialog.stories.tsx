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

/** Hebrew and Arabic server text in an English dialog (messages end in neutral punctuation). */
const HEBREW_MESSAGE = 'הרשומה דולגה: חסר מזהה לקוח 42.';
const HEBREW_NAME = 'דנה כהן (מנהלת)';
const rightToLeftText: MigrationLogDetailsRecord = {
  id: 'mig-rtl',
  status: 'Completed-Warning',
  startTime: '2026-11-27T08:00:00Z',
  endTime: '2026-11-27T09:30:00Z',
  generatedBy: HEBREW_NAME,
  cutoverDate: '2026-01-01',
  progress: 100,
  objects: [
    { name: 'מנויים', total: 1200, processed: 1200, failed: 0, skipped: 1 },
    { name: 'فواتير', total: 800, processed: 800, failed: 0, skipped: 1 },
  ],
  issueCounts: { total: 2000, processed: 2000, succeeded: 1998, failed: 0, skipped: 2, warnings: 2, errors: 0 },
  issues: {
    items: [
      { level: 'warning', message: HEBREW_MESSAGE, object: 'מנויים', recordKey: 'SUB-0042' },
      { level: 'warning', message: 'تم تخطي السجل: رقم العميل 7 مفقود.', object: 'فواتير', recordKey: 'INV-7' },
    ],
    total: 2,
  },
  parameters: { סביבה: 'ייצור (ראשית)', batchSize: 500 },
};

/** Where the first and the last character of an element's text are drawn, left to right. */
function firstAndLast(element: Element): { first: DOMRect; last: DOMRect } {
  const text = element.firstChild as Text;
  const rect = (index: number) => {
    const range = document.createRange();
    range.setStart(text, index);
    range.setEnd(text, index + 1);
    return range.getBoundingClientRect();
  };
  return { first: rect(0), last: rect(text.length - 1) };
}

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
/** A generated config: the first 50 parameters, then a button that shows all 1,200. */
export const ManyParameters: Story = {
  args: {
    dataSource: createInMemoryDataSource(
      [{ ...noIssues, parameters: Object.fromEntries(Array.from({ length: 1200 }, (_, i) => [`option_${i}`, i])) }],
      { now: () => STORY_NOW },
    ),
    migrationId: 'mig-clean',
  },
};

/** A migration over 10,000 object types: the first 50 rows, then a button that shows all. */
export const ManyObjects: Story = {
  args: {
    dataSource: createInMemoryDataSource(
      [
        {
          ...noIssues,
          objects: Array.from({ length: 10_000 }, (_, i) => ({
            name: `object_${i}`,
            total: 100 + i,
            processed: 100 + i,
            failed: i % 7 === 0 ? 1 : 0,
            skipped: 0,
          })),
        },
      ],
      { now: () => STORY_NOW },
    ),
    migrationId: 'mig-clean',
  },
};

/**
 * 500 object types after "Show all", in German, with ten-digit counts and long unbroken names
 * (fewer than ManyObjects: axe reads every cell shown). Past 50 rows
 * the rows are laid out as grids of fixed columns, and bodies far from the view skip layout.
 * Focus is on the first revealed row's header cell.
 */
export const ManyObjectsShownAll: Story = {
  args: {
    dataSource: createInMemoryDataSource(
      [
        {
          ...noIssues,
          objects: Array.from({ length: 500 }, (_, i) => ({
            name: i % 3 === 1 ? `subscription_charge_rate_override_${i}` : `object_${i}`,
            total: 1_234_567_890 - i,
            processed: 1_234_567_890 - i,
            failed: i % 7 === 0 ? 1 : 0,
            skipped: 0,
          })),
        },
      ],
      { now: () => STORY_NOW },
    ),
    migrationId: 'mig-clean',
    locale: 'de-DE',
    messages: germanMessages,
  },
  play: async ({ canvasElement }) => {
    const body = canvasElement.ownerDocument.body;
    const objects = await within(body).findByRole('table', { name: germanMessages.objectsCaption });
    const section = objects.closest('.mlv-details__objects') as HTMLElement;
    await userEvent.click(within(section).getByRole('button'));
    await expect(await within(section).findByRole('rowheader', { name: 'object_50' })).toHaveFocus();
  },
};

/**
 * A broken backend's 20,000-character id and 10,000-character user: the header's description
 * scrolls (a keyboard stop of its own) instead of pushing the details out of the dialog.
 */
export const VeryLongServerText: Story = {
  args: {
    dataSource: createInMemoryDataSource(
      [{ ...noIssues, id: 'a'.repeat(20_000), generatedBy: 'user.'.repeat(2_000) }],
      { now: () => STORY_NOW },
    ),
    migrationId: 'a'.repeat(20_000),
  },
};

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

/**
 * Server text in Hebrew and Arabic inside an English dialog: each value is laid out in its own
 * direction (Unicode bidi isolation), so trailing punctuation stays where its writer put it.
 */
export const RightToLeftServerText: Story = {
  args: {
    dataSource: createInMemoryDataSource([rightToLeftText], { now: () => STORY_NOW }),
    migrationId: 'mig-rtl',
  },
  play: async ({ canvasElement }) => {
    const body = within(canvasElement.ownerDocument.body);
    // The message's final full stop is drawn at its left end, as in any Hebrew text; in a
    // left-to-right paragraph it would sit at the right end.
    const { first, last } = firstAndLast(await body.findByText(HEBREW_MESSAGE));
    await expect(last.right).toBeLessThanOrEqual(first.left + 1);
    // Shorter values are isolated inline, so they cannot reorder the text around them.
    await expect((await body.findByText(HEBREW_NAME)).closest('bdi')).not.toBeNull();
  },
};
