import { composeStory } from '@storybook/react-vite';
import type { MigrationLogDataSource } from '../../src/core/types.js';
import meta, * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// The issue list guesses undrawn issues as tall as the tallest of its first ones (on a phone they
// are far taller than the default). A first issue with a stack trace for a message made every other
// one count as that tall: a scrollbar many times too short, and a view that jumps as issues draw.
beforeAll(storyProject.beforeAll);

const STACK = Array.from({ length: 60 }, (_, i) => `at migrateBatch (worker.js:${i}:17)`).join(' ');
const PAGE = 50;

const source: MigrationLogDataSource = {
  list: async () => ({ items: [], total: 0 }),
  get: async (id) => ({ id, status: 'Error', startTime: '2026-11-27T08:00:00Z', progress: 40 }),
  listIssues: async (_id, { pageIndex, pageSize }) => ({
    items: Array.from({ length: pageSize }, (_, i) => ({
      level: 'error',
      message: pageIndex === 0 && i === 0 ? `Batch failed: ${STACK}` : `Row ${i} has no customer number`,
      object: 'Invoice',
      recordKey: `INV-${pageIndex * pageSize + i}`,
    })),
    total: 5 * PAGE,
  }),
};

it('at 414 px, one very tall first issue does not make every undrawn issue count as that tall', async () => {
  const story = composeStory(
    { ...dialogStories.NoIssues, args: { ...dialogStories.NoIssues.args, dataSource: source, migrationId: 'm1' } },
    meta,
  );
  await runStory(
    story,
    async () => {
      const list = await vi.waitFor(() => {
        const found = document.querySelector<HTMLElement>('[role="dialog"] .mlv-details__issue-list');
        if (!found || found.children.length < 2) throw new Error('no issues yet');
        return found;
      });
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const [first, ...rest] = [...list.children] as HTMLElement[];
      expect(first?.offsetHeight).toBeGreaterThan(1000);
      const drawn = rest.map((item) => item.offsetHeight);
      // The room kept for the issues not drawn yet, per issue, against the drawn ones' heights.
      const undrawn = PAGE - list.children.length;
      const perIssue = Number.parseFloat(list.style.paddingBottom) / undrawn;
      expect(undrawn).toBeGreaterThan(0);
      expect(perIssue).toBeLessThan(3 * Math.max(...drawn));
    },
    { width: 414, height: 896 },
  );
});
