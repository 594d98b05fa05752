import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { activeMigration } from './support/pushing-source.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';
import { settledRetry } from './support/settled-retry.js';
import { tenRowView } from './support/ten-row-view.js';

// A search, filter, sort or issue level whose request fails keeps what was shown before, beside the
// error and its Retry. The controls then name the new criteria, the list and its count the old ones,
// and the alert said only "… could not be loaded. <reason>", as a failed refresh of the same rows
// does: nothing told the user (by sight or by ear) that the list is not what they just asked for.
beforeAll(storyProject.beforeAll);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const serverError = () => new MigrationLogError('Internal server error', { kind: 'http', status: 500 });

/** The alert once its retry (one, for a 500) has settled. */
const settledAlert = async (root: HTMLElement, banner: string) => {
  await settledRetry(root, banner);
  // The alert's text, as a screen reader gets it. (The styled banner draws title, reason and this line
  // each on a line of its own: a server's words may end without a full stop.)
  return root.querySelector(`${banner} [role="alert"]`)?.textContent?.trim();
};

it('table: a search that fails says the rows shown are the previous results; a first load that fails does not', async () => {
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize, filter }) => {
      await wait(50);
      if (filter.search) throw serverError();
      const items = Array.from({ length: 40 }, (_, i) => activeMigration(`m${i}`, i));
      return { items: items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), total: items.length };
    },
    get: async (id) => activeMigration(id, 0) as MigrationLogDetailsRecord,
  };
  await runStory(tenRowView(source), async (canvas) => {
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull());
    await userEvent.type(canvas.querySelector('input[type="search"]') as HTMLElement, 'user-m3{Enter}');
    expect(await settledAlert(canvas, '.mlv-error-banner')).toBe(
      'The migrations could not be loaded. Internal server error Showing the previous results.',
    );
    expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull();
  });
  const down: MigrationLogDataSource = { ...source, list: async () => Promise.reject(serverError()) };
  await runStory(tenRowView(down), async (canvas) => {
    expect(await settledAlert(canvas, '.mlv-error-banner')).toBe(
      'The migrations could not be loaded. Internal server error',
    );
  });
});

it('details: a level whose page fails says the issues shown are the previous results', async () => {
  const source: MigrationLogDataSource = {
    list: async () => ({ items: [], total: 0 }),
    get: async (id) => ({ ...activeMigration(id, 0), status: 'error', issueCounts: { errors: 25, warnings: 12 } }),
    listIssues: async (_id, { pageIndex, pageSize, level }) => {
      await wait(50);
      if (level === 'error') throw serverError();
      const count = Math.max(0, Math.min(pageSize, 37 - pageIndex * pageSize));
      return {
        items: Array.from({ length: count }, (_, i) => ({
          level: i % 2 ? 'warning' : 'error',
          message: `Issue ${pageIndex * pageSize + i}`,
          recordKey: `K${pageIndex * pageSize + i}`,
        })),
        total: 37,
      };
    },
  };
  const story = composeStory({ args: { dataSource: source, migrationId: 'm1', issuesPageSize: 10 } }, dialogMeta);
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__issue-pager');
    await userEvent.click(dialog.querySelector('[data-level="error"]') as HTMLElement);
    expect(await settledAlert(dialog, '.mlv-details__issues-error')).toBe(
      'The errors and warnings could not be loaded. Internal server error Showing the previous results.',
    );
    expect(dialog.querySelector('.mlv-details__issue-list')?.textContent).toContain('K1');
  });
});
