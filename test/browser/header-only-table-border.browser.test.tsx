import { composeStory } from '@storybook/react-vite';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { px, runStory, storyProject } from './support/run-story.js';

// An error before any row loaded leaves a header-only table: the header's bottom border sat on the
// scroll area's own bottom border, a doubled line where the box has one edge.
beforeAll(storyProject.beforeAll);

/** Width of the lines drawn along the scroll area's bottom edge, the header's and the area's own. */
const bottomLines = (area: HTMLElement) => {
  const header = area.querySelector('th') as HTMLElement;
  const areaBorder = px(getComputedStyle(area).borderBottomWidth);
  const inner = area.getBoundingClientRect().bottom - areaBorder;
  const headerOnEdge = Math.abs(header.getBoundingClientRect().bottom - inner) < 1;
  return areaBorder + (headerOnEdge ? px(getComputedStyle(header).borderBottomWidth) : 0);
};

const variants = [
  { name: 'paged', args: {} },
  { name: 'scroll mode', args: { mode: scrollMode } },
];

it.each(variants)('$name: an error with no rows draws one line under the header, not two', async ({ args }) => {
  const story = composeStory(
    { ...tableStories.GermanServerUnreachable, args: { ...tableStories.GermanServerUnreachable.args, ...args } },
    meta,
  );
  await runStory(story, async (canvasElement) => {
    const area = await vi.waitFor(
      () => {
        if (!canvasElement.querySelector('[role="alert"]')) throw new Error('no error yet');
        return canvasElement.querySelector('.mlv-table-scroll') as HTMLElement;
      },
      { timeout: 5000 },
    );
    expect(area.querySelectorAll('tbody tr')).toHaveLength(0);
    expect(bottomLines(area)).toBe(1);
  });
});

it('with rows, the header keeps its line above the first row', async () => {
  const story = composeStory(tableStories.Default, meta);
  await runStory(story, async (canvasElement) => {
    const header = await vi.waitFor(() => {
      if (!canvasElement.querySelector('tbody tr[data-row-key]')) throw new Error('no rows yet');
      return canvasElement.querySelector('th') as HTMLElement;
    });
    expect(px(getComputedStyle(header).borderBottomWidth)).toBe(1);
  });
});
