import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { activeMigration } from './support/pushing-source.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';
import { settledRetry } from './support/settled-retry.js';
import { tenRowView } from './support/ten-row-view.js';

// Page 2 failed to load (a 500): the issue list's pager then read "Page 2", its count gone though
// the page before had told it, and the issues shown before went with it. What a failed page keeps:
// the count, the last good items beside the error and its Retry, focus, and silence until a page
// shows (no count said for a page that never came).
beforeAll(storyProject.beforeAll);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const serverError = () => new MigrationLogError('Internal server error', { kind: 'http', status: 500 });
const pageSaid = (said: string[]) => said.filter((text) => text.startsWith('Page'));

/** A finished migration with 37 issues; page 2 (index 1) fails while `failing.on`. */
function issuesSource(failing: { on: boolean }): MigrationLogDataSource {
  return {
    list: async () => ({ items: [], total: 0 }),
    get: async (id) => ({ ...activeMigration(id, 0), status: 'error', issueCounts: { errors: 37, warnings: 0 } }),
    listIssues: async (_id, { pageIndex, pageSize }) => {
      await wait(50);
      if (pageIndex === 1 && failing.on) throw serverError();
      const count = Math.max(0, Math.min(pageSize, 37 - pageIndex * pageSize));
      return {
        items: Array.from({ length: count }, (_, i) => ({
          level: 'error',
          message: `Issue ${pageIndex * pageSize + i}`,
          recordKey: `K${pageIndex * pageSize + i}`,
        })),
        total: 37,
      };
    },
  };
}

it('details: a failed issue page keeps the count, the issues shown, focus, and says no count', async () => {
  const failing = { on: true };
  const story = composeStory(
    { args: { dataSource: issuesSource(failing), migrationId: 'm1', issuesPageSize: 10 } },
    dialogMeta,
  );
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__issue-pager');
    const list = () => dialog.querySelector('.mlv-details__issues') as HTMLElement;
    const status = () => dialog.querySelector('.mlv-details__issue-pager [role="status"]')?.textContent;
    await vi.waitFor(() => expect(status()).toBe('Page 1 of 4'));
    await wait(100);
    const { said, stop } = recordAnnouncements(dialog);
    const next = [...dialog.querySelectorAll<HTMLElement>('.mlv-details__issue-pager button')].at(-1) as HTMLElement;
    await userEvent.click(next);
    // One retry of a 500 first (about a second).
    const retry = await settledRetry(dialog, '.mlv-details__issues-error');
    expect(dialog.querySelector('.mlv-details__issues-error')?.textContent).toContain('Internal server error');
    expect(status()).toBe('Page 2 of 4');
    expect(list().textContent).toContain('K0');
    expect(list().getAttribute('aria-busy')).toBe('false');
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-details__issues > h3'));
    expect(pageSaid(said)).toEqual([]);
    failing.on = false;
    await userEvent.click(retry);
    await vi.waitFor(() => expect(list().textContent).toContain('K10'));
    await wait(100);
    stop();
    expect(status()).toBe('Page 2 of 4');
    expect(list().textContent).not.toContain('K0');
    expect(dialog.querySelector('.mlv-details__issues-error')).toBeNull();
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-details__issues > h3'));
    expect(pageSaid(said)).toEqual(['Page 2 of 4']);
  });
});

it('table: a failed page keeps the count, the rows shown, focus, and says no count', async () => {
  const failing = { on: true };
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize }) => {
      await wait(50);
      if (pageIndex === 1 && failing.on) throw serverError();
      const items = Array.from({ length: 40 }, (_, i) => activeMigration(`m${i}`, i));
      return { items: items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), total: items.length };
    },
    get: async (id) => activeMigration(id, 0) as MigrationLogDetailsRecord,
  };
  const story = tenRowView(source);
  await runStory(story, async (canvas) => {
    const status = () => canvas.querySelector('.mlv-pagination__page')?.textContent;
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull());
    await wait(100);
    const { said, stop } = recordAnnouncements(canvas);
    const next = canvas.querySelector('[aria-label="Next page"]') as HTMLElement;
    await userEvent.click(next);
    const retry = await settledRetry(canvas, '.mlv-error-banner');
    expect(canvas.querySelector('.mlv-error-banner')?.textContent).toContain('Internal server error');
    expect(status()).toBe('Page 2 of 4');
    expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull();
    expect(document.activeElement).toBe(next);
    expect(pageSaid(said)).toEqual([]);
    failing.on = false;
    await userEvent.click(retry);
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m10"]')).not.toBeNull());
    await wait(100);
    stop();
    expect(status()).toBe('Page 2 of 4');
    expect(canvas.querySelector('.mlv-error-banner')).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(pageSaid(said)).toEqual(['Page 2 of 4']);
  });
});
