import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { scrollMode } from '../src/components/table/scroll-mode.js';
import { MigrationLogView } from '../src/components/view/MigrationLogView.js';
import { readMigrationLogUrlState, writeMigrationLogUrlState } from '../src/core/url-state.js';
import { hebrewMessages } from './support/messages-he.js';
import { demoSource, hundredThousandSource, STORY_NOW } from './support/story-data.js';

const meta = {
  title: 'Views/MigrationLogView',
  component: MigrationLogView,
  args: {
    dataSource: demoSource(),
    now: STORY_NOW,
    timeZone: 'UTC',
    locale: 'en-US',
    messages: { supportText: 'Need help? Contact billing support at support@example.com.' },
  },
  argTypes: { dataSource: { control: false } },
} satisfies Meta<typeof MigrationLogView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The one-line embed: `<MigrationLogView dataSource={source} />`. */
export const Default: Story = {};

/** Open a migration from the keyboard, read it, close with Escape: focus is back on the row. */
export const OpenDetailsByKeyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const [first] = await canvas.findAllByRole('button', { name: /^View details of/ });
    if (!first) throw new Error('no rows');
    first.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await body.findByRole('dialog', { name: 'Migration log details' });
    // The dialog fades in: wait for the animation instead of catching its first frame.
    await waitFor(() => expect(dialog).toBeVisible());
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(body.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(first).toHaveFocus());
  },
};

/**
 * A right-to-left page (`<html dir="rtl">`) in Hebrew, as in an Israeli admin app: columns, toolbar,
 * progress bars and the dialog mirror. (The Hebrew messages are written for this story; a host
 * passes its own `messages`.)
 */
export const RightToLeftPage: Story = {
  args: { locale: 'he-IL', timeZone: 'Asia/Jerusalem', messages: hebrewMessages },
  parameters: { dir: 'rtl' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const body = within(canvasElement.ownerDocument.body);
    const left = (element: Element) => element.getBoundingClientRect().left;
    // The first column starts at the right.
    const startTime = await canvas.findByRole('columnheader', { name: /שעת התחלה/ });
    await expect(left(startTime)).toBeGreaterThan(left(canvas.getByRole('columnheader', { name: 'פעולות' })));
    // A bar fills from the right.
    const bar = (await canvas.findAllByRole('progressbar')).find(
      (b) => Number(b.getAttribute('aria-valuenow')) % 100 > 0,
    );
    const fill = bar?.firstElementChild;
    if (!bar || !fill) throw new Error('no partly filled progress bar');
    await expect(Math.abs(fill.getBoundingClientRect().right - bar.getBoundingClientRect().right)).toBeLessThan(1);
    // The dialog's close button sits at the left, across from its title.
    const [details] = canvas.getAllByRole('button', { name: /^פרטים על/ });
    await userEvent.click(details as HTMLElement);
    const dialog = await body.findByRole('dialog', { name: 'פרטי יומן ההעברה' });
    await waitFor(() => expect(dialog).toBeVisible());
    const title = within(dialog).getByRole('heading', { name: 'פרטי יומן ההעברה' });
    await expect(left(within(dialog).getByRole('button', { name: 'סגירה' }))).toBeLessThan(left(title));
  },
};

/** Active migrations advance every second; the open dialog ticks with them. */
export const LiveProgress: Story = {
  args: {
    dataSource: demoSource(60, { now: () => Date.now(), liveProgress: { intervalMs: 1000, step: 2 } }),
    now: undefined,
    defaultQuery: { filter: { statuses: ['accepted', 'in-progress'] } },
  },
};

export const DarkTheme: Story = { parameters: { theme: 'dark' } };

/** The whole view in scroll mode over 100,000 migrations; the dialog pages through 50,000 issues of one. */
export const ScrollMode100k: Story = {
  args: { mode: scrollMode },
  loaders: [async () => ({ dataSource: hundredThousandSource() })],
  render: (args, { loaded }) => <MigrationLogView {...args} dataSource={loaded.dataSource} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = await canvas.findAllByRole('button', { name: /^View details of/ });
    await expect(first).toBeVisible();
    await expect(canvas.getByRole('table')).toHaveAttribute('aria-rowcount', '100001');
  },
};

/**
 * A host keeps query and selection in its URL: the view is controlled by state read from the
 * search parameters, and every change is written back (here into a fake address bar).
 */
export const QueryAndSelectionInTheUrl: Story = {
  render: function UrlStory(args) {
    const [search, setSearch] = useState('?status=error&sort=-progress');
    const state = readMigrationLogUrlState(new URLSearchParams(search));
    const write = (next: Partial<typeof state>) =>
      setSearch(`?${writeMigrationLogUrlState({ ...state, ...next }, new URLSearchParams(search)).toString()}`);
    return (
      <div>
        <p>
          Address bar: <output aria-label="Current URL search">{search || '(empty)'}</output>
        </p>
        <MigrationLogView
          {...args}
          query={state.query}
          onQueryChange={(query) => write({ query })}
          selectedId={state.selectedId}
          onSelectedIdChange={(selectedId) => write({ selectedId })}
        />
      </div>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findAllByRole('button', { name: /^View details of/ });
    await userEvent.click(canvas.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(canvas.getByLabelText('Current URL search')).toHaveTextContent('page=2'));
  },
};
