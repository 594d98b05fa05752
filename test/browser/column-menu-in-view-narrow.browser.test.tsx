import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import tableMeta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import viewMeta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { hebrewMessages } from '../../stories/support/messages-he.js';
import { runStory, storyProject } from './support/run-story.js';

// 320 CSS px (400% zoom, WCAG 1.4.10) with the text spacing a user stylesheet may force (WCAG
// 1.4.12): the German reset label fills the toolbar's last line and Columns wraps to the start of
// the next. The menu's panel opens from the toggle's end edge towards its start and is wider than
// the toggle: it began 71 px left of the page, where no scrolling reaches, its checkboxes cut off.
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
const german = composeStory(tableStories.GermanInBerlin, tableMeta);
// Mirrored in a right-to-left page, with a reset label as long as the German one.
const hebrew = composeStory(
  {
    ...viewStories.RightToLeftPage,
    args: {
      ...viewStories.RightToLeftPage.args,
      messages: { ...hebrewMessages, resetFilters: 'איפוס כל המסננים והחיפוש' },
    },
    play: undefined,
  },
  viewMeta,
);

beforeAll(storyProject.beforeAll);

it.each([
  ['German', german],
  ['Hebrew, right to left', hebrew],
])('%s at 320 px with text spacing: the open column menu is all in the page', async (_, story) => {
  const spacing = document.createElement('style');
  spacing.textContent = TEXT_SPACING;
  document.head.append(spacing);
  try {
    await runStory(
      story,
      async (canvasElement) => {
        const toggle = await vi.waitFor(() => {
          const found = canvasElement.querySelector<HTMLElement>('.mlv-column-menu__toggle');
          if (!found || !canvasElement.querySelector('.mlv-row-actions__details')) throw new Error('no rows yet');
          return found;
        });
        await userEvent.click(toggle);
        const panel = canvasElement.querySelector('.mlv-column-menu__panel') as HTMLElement;
        await vi.waitFor(() => expect(panel.getBoundingClientRect().width).toBeGreaterThan(0));
        const { documentElement } = document;
        const parts = [panel, ...panel.querySelectorAll<HTMLElement>('.mlv-column-menu__option')];
        const outside = parts
          .map((part) => part.getBoundingClientRect())
          .filter((box) => box.left < -0.5 || box.right > documentElement.clientWidth + 0.5);
        expect(outside).toEqual([]);
        await userEvent.keyboard('{Escape}');
      },
      { width: 320, height: 640 },
    );
  } finally {
    spacing.remove();
  }
});
