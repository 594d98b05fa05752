import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { activeMigration } from './support/pushing-source.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';
import { tenRowView } from './support/ten-row-view.js';

// An empty result was shown but not said (WCAG 4.1.3): a filter that matched nothing announced only
// "Page 1 of 1", and an issue level with nothing in it (one page: no pager) announced nothing.
beforeAll(storyProject.beforeAll);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const emptySaid = (said: string[], text: string) => said.filter((line) => line.includes(text));

/**
 * Answers for the new criteria wait until the test calls `open`, so "nothing is said while it
 * loads" holds on a loaded machine too (a fixed delay let the answer arrive before the check).
 */
function heldAnswers() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** 40 finished migrations, ten a page, answered 100 ms late; `search` keeps those whose user holds it and is held. */
const slowSource = (held: Promise<void>): MigrationLogDataSource => ({
  list: async ({ pageIndex, pageSize, filter }) => {
    await (filter.search ? held : wait(100));
    const items = Array.from({ length: 40 }, (_, i) => ({
      ...activeMigration(`m${i}`, i),
      status: 'completed',
    })).filter((item) => item.generatedBy?.includes(filter.search ?? ''));
    return { items: items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), total: items.length };
  },
  get: async (id) => activeMigration(id, 0) as MigrationLogDetailsRecord,
});

it('table: a filter that matches nothing says so once its result shows, and not while it loads', async () => {
  const held = heldAnswers();
  const story = tenRowView(slowSource(held.opened));
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull());
    await wait(150);
    const { said, stop } = recordAnnouncements(canvas);
    await userEvent.type(canvas.querySelector('input[type="search"]') as HTMLElement, 'nobody{Enter}');
    await wait(20);
    expect(emptySaid(said, 'No migrations match these filters.')).toEqual([]);
    held.open();
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).toBeNull());
    await wait(300);
    stop();
    expect(emptySaid(said, 'No migrations match these filters.')).toEqual([
      'No migrations match these filters. Page 1 of 1',
    ]);
  });
});

/**
 * A finished migration with `errors` errors and no warnings, pages answered 100 ms late (or
 * failing); the warnings wait for `held`.
 */
const issuesSource = (held: Promise<void>, failWarnings: boolean, errors = 3): MigrationLogDataSource => ({
  list: async () => ({ items: [], total: 0 }),
  get: async (id) => ({ ...activeMigration(id, 0), status: 'error', issueCounts: { errors, warnings: 0 } }),
  listIssues: async (_id, { level }) => {
    await (level === 'warning' ? held : wait(100));
    if (failWarnings && level === 'warning') throw new Error('Issues are unavailable.');
    const total = level === 'warning' ? 0 : errors;
    return {
      items: Array.from({ length: total }, (_, i) => ({
        level: 'error' as const,
        message: `Issue ${i}`,
        recordKey: `K${i}`,
      })),
      total,
    };
  },
});

const chooseWarnings = async (failWarnings: boolean) => {
  const held = heldAnswers();
  const dataSource = issuesSource(held.opened, failWarnings);
  const story = composeStory({ args: { dataSource, migrationId: 'm1' } }, dialogMeta);
  let result: string[] = [];
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__issue-list');
    await wait(150);
    const { said, stop } = recordAnnouncements(dialog);
    await userEvent.click(dialog.querySelector('[data-level="warning"]') as HTMLElement);
    await wait(20);
    expect(emptySaid(said, 'No warnings.')).toEqual([]);
    held.open();
    // The empty list, or the error banner in its place.
    const shown = failWarnings ? '.mlv-details__issues-error' : '.mlv-details__empty';
    await vi.waitFor(() => expect(dialog.querySelector(shown)).not.toBeNull(), { timeout: 8000 });
    await wait(300);
    stop();
    result = said;
  });
  return result;
};

it('details: a level with no issues says so once its result shows, and not while it loads', async () => {
  expect(emptySaid(await chooseWarnings(false), 'No warnings.')).toEqual(['No warnings.']);
});

it('details: a level whose issues failed to load does not say it has none', async () => {
  expect(emptySaid(await chooseWarnings(true), 'No warnings.')).toEqual([]);
});

it('details: from one empty level to another, the new one is said once it shows, not over the old one', async () => {
  const held = heldAnswers();
  const story = composeStory(
    { args: { dataSource: issuesSource(held.opened, false, 0), migrationId: 'm1' } },
    dialogMeta,
  );
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__empty');
    await userEvent.click(dialog.querySelector('[data-level="error"]') as HTMLElement);
    await wait(300);
    const { said, stop } = recordAnnouncements(dialog);
    await userEvent.click(dialog.querySelector('[data-level="warning"]') as HTMLElement);
    // The empty page of errors stands in while the warnings load: nothing is said of it.
    await wait(20);
    expect(emptySaid(said, 'No warnings.')).toEqual([]);
    held.open();
    await vi.waitFor(() => expect(emptySaid(said, 'No warnings.')).not.toEqual([]));
    await wait(300);
    stop();
    expect(emptySaid(said, 'No warnings.')).toEqual(['No warnings.']);
  });
});
