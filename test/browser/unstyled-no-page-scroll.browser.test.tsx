import { composeStory } from '@storybook/react-vite';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Without the stylesheet, at 375 px the page scrolled sideways (WCAG 1.4.10): in paged mode the
// table's scroll area did not scroll, so the whole table widened the page; in scroll mode the
// screen-reader-only text in its cells, positioned against the page, sat past the area's clip.
// A table wider than a phone may scroll sideways, inside its own area only.
beforeAll(storyProject.beforeAll);

it.each([
  { name: 'paged', args: {} },
  { name: 'scroll mode', args: { mode: scrollMode } },
])('unstyled, $name, at 375 px: only the table’s own area scrolls sideways', async ({ args }) => {
  const story = composeStory({ ...tableStories.Unstyled, args: { ...tableStories.Unstyled.args, ...args } }, meta);
  await runStory(
    story,
    async (canvasElement) => {
      const area = await vi.waitFor(() => {
        if (!canvasElement.querySelector('tbody tr[data-row-key]')) throw new Error('no rows yet');
        return canvasElement.querySelector('.mlv-table-scroll') as HTMLElement;
      });
      expect(area.scrollWidth).toBeGreaterThan(area.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(375);
    },
    { width: 375, height: 900 },
  );
});
