import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { rowFocusTarget } from './support/row-focus-target.js';
import { runStory, storyProject } from './support/run-story.js';

// A view filtered to active migrations, the details of one open. It completes while the dialog is
// open: a refresh takes every row away under it. Closing the dialog must not drop a keyboard user
// to <body> (WCAG 2.4.3): the opener is gone, and so is every row.
beforeAll(storyProject.beforeAll);

it.each([
  ['paged', false],
  ['scroll mode', true],
])(
  '%s: closing the dialog after its list emptied underneath moves focus to the empty message, not to <body>',
  async (_, scroll) => {
    const { source, change } = pushingSource(['a', 'b'].map((id, hour) => activeMigration(id, hour * 60)));
    const args = {
      ...viewStories.Default.args,
      dataSource: source,
      defaultQuery: { filter: { statuses: ['in-progress' as const] } },
      ...(scroll && { mode: scrollMode }),
    };
    await runStory(composeStory({ ...viewStories.Default, args }, meta), async (canvas) => {
      const details = await rowFocusTarget(canvas, 'b', scroll);
      details.focus();
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).not.toBeNull());
      change((all) => all.map((item) => ({ ...item, status: 'completed', progress: 100 })));
      await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key]')).toBeNull());
      await userEvent.keyboard('{Escape}');
      await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
      await new Promise((resolve) => setTimeout(resolve, 100));
      // The empty state's message, which says why the rows went; Tab goes on to Reset filters.
      expect(document.activeElement).toBe(canvas.querySelector('.mlv-table__empty-message > span'));
    });
  },
);
