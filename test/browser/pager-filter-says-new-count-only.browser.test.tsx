import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { activeMigration } from './support/pushing-source.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';
import { tenRowView } from './support/ten-row-view.js';

// A filter set on page 4 asks for page 1 of another result. While it loads, the rows of page 4
// stay (placeholders): "Page 1 of 4" then named the old result's count, and a screen reader said
// it before the real "Page 1 of 2", a page count of a list the user never saw (WCAG 4.1.3).
beforeAll(storyProject.beforeAll);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** 40 migrations, ten a page, answered 100 ms late; `search` keeps those whose user holds it. */
const slowSource: MigrationLogDataSource = {
  list: async ({ pageIndex, pageSize, filter }) => {
    await wait(100);
    const items = Array.from({ length: 40 }, (_, i) => activeMigration(`m${i}`, i)).filter((item) =>
      item.generatedBy?.includes(filter.search ?? ''),
    );
    return { items: items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), total: items.length };
  },
  get: async (id) => activeMigration(id, 0) as MigrationLogDetailsRecord,
};

const pageSaid = (said: string[]) => said.filter((text) => text.startsWith('Page'));

it('table: a filter set on a later page announces the page count it brings, and no other', async () => {
  const story = tenRowView(slowSource);
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull());
    await userEvent.click(canvas.querySelector('[aria-label="Last page"]') as HTMLElement);
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m30"]')).not.toBeNull());
    await wait(150);
    const { said, stop } = recordAnnouncements(canvas);
    // user-m1 and user-m10 to user-m19: two pages.
    await userEvent.type(canvas.querySelector('input[type="search"]') as HTMLElement, 'user-m1{Enter}');
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m1"]')).not.toBeNull());
    await wait(150);
    stop();
    expect(pageSaid(said)).toEqual(['Page 1 of 2']);
  });
});

it('table: a page turn that waits for its rows is said once they show, not before', async () => {
  const story = tenRowView(slowSource);
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull());
    await wait(150);
    const { said, stop } = recordAnnouncements(canvas);
    await userEvent.click(canvas.querySelector('[aria-label="Next page"]') as HTMLElement);
    await wait(20);
    // The page asked for is shown at once; its rows are not there yet, nor is anything said.
    expect(canvas.querySelector('.mlv-pagination__page')?.textContent).toBe('Page 2 of 4');
    expect(canvas.querySelector('tr[data-row-key="m10"]')).toBeNull();
    expect(pageSaid(said)).toEqual([]);
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m10"]')).not.toBeNull());
    await wait(150);
    stop();
    expect(pageSaid(said)).toEqual(['Page 2 of 4']);
  });
});

/** A finished migration with 25 errors and 12 warnings, answered 100 ms late. */
const issuesSource: MigrationLogDataSource = {
  list: async () => ({ items: [], total: 0 }),
  get: async (id) => ({ ...activeMigration(id, 0), status: 'error', issueCounts: { errors: 25, warnings: 12 } }),
  listIssues: async (_id, { pageIndex, pageSize, level }) => {
    await wait(100);
    const total = level === 'warning' ? 12 : level === 'error' ? 25 : 37;
    const count = Math.max(0, Math.min(pageSize, total - pageIndex * pageSize));
    return {
      items: Array.from({ length: count }, (_, i) => ({
        level: level ?? 'error',
        message: `Issue ${pageIndex * pageSize + i}`,
        recordKey: `K${pageIndex * pageSize + i}`,
      })),
      total,
    };
  },
};

it('details: a level chosen on a later page announces the page count it brings, and no other', async () => {
  const story = composeStory({ args: { dataSource: issuesSource, migrationId: 'm1', issuesPageSize: 10 } }, dialogMeta);
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__issue-pager');
    const next = () =>
      [...dialog.querySelectorAll<HTMLElement>('.mlv-details__issue-pager button')].at(-1) as HTMLElement;
    await userEvent.click(next());
    await vi.waitFor(() => expect(dialog.querySelector('.mlv-details__issue-list')?.textContent).toContain('K10'));
    await userEvent.click(next());
    await vi.waitFor(() => expect(dialog.querySelector('.mlv-details__issue-list')?.textContent).toContain('K20'));
    await wait(150);
    const { said, stop } = recordAnnouncements(dialog);
    await userEvent.click(dialog.querySelector('[data-level="warning"]') as HTMLElement);
    await vi.waitFor(() => expect(dialog.querySelector('.mlv-details__issue-list')?.textContent).toContain('K0'));
    await wait(150);
    stop();
    expect(pageSaid(said)).toEqual(['Page 1 of 2']);
  });
});
