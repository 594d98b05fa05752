import { composeStory } from '@storybook/react-vite';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// The pinned column's line was a scroll-driven animation: "running" for as long as the table was
// on the page. Storybook waits up to 5 s after each story for running finite animations, and so
// does any host tool that waits on document.getAnimations(): every table story took 6 s to settle.
beforeAll(storyProject.beforeAll);

const modes = [
  { name: 'paged', args: {} },
  { name: 'scroll mode', args: { mode: scrollMode } },
];

/** Animations that are running and will end some day (an infinite spinner is nobody's to wait for). */
const unfinished = () =>
  document
    .getAnimations()
    .filter((animation) => animation.playState === 'running')
    .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY)
    .map((animation) => (animation instanceof CSSAnimation ? animation.animationName : String(animation)));

describe.each(modes)('$name', ({ args }) => {
  it.each([
    ['wider than its area', tableStories.CustomColumnAndAction, 375],
    ['that fits', tableStories.Default, 1400],
  ] as const)('a table %s leaves no animation running once mounted', async (_, base, width) => {
    await runStory(
      composeStory({ ...base, args: { ...base.args, ...args } }, meta),
      async (canvasElement) => {
        const area = await vi.waitFor(() => {
          const found = canvasElement.querySelector<HTMLElement>('.mlv-table-scroll');
          if (!found?.querySelector('tbody tr[data-row-key]')) throw new Error('no rows yet');
          return found;
        });
        expect(area.scrollWidth > area.clientWidth).toBe(width === 375);
        await new Promise(requestAnimationFrame);
        expect(unfinished()).toEqual([]);
      },
      { width, height: 900 },
    );
  });
});
