import { composeStories } from '@storybook/react-vite';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Needs a real layout and ResizeObserver. The list guesses the height of issues it has not drawn;
// a scroll to its end draws the last ones at their real height, and measuring them then scrolled
// the body: wide, where issues are shorter than the guess, the pager jumped 11 px two frames late;
// narrow, where they are taller, it was left below the view. A fast click there missed Next.
const { ErrorWith50000Issues } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const viewports = [
  [1280, 720],
  [414, 896],
];

/** Scrolls the dialog's body, then the pager's top in each of the next 30 frames. */
async function pagerAfter(scroll: (body: HTMLElement, pager: HTMLElement) => void) {
  const pager = await vi.waitFor(() => {
    const found = document.querySelector<HTMLElement>('.mlv-details__issue-pager');
    if (!found) throw new Error('no issue pager yet');
    return found;
  });
  const body = document.querySelector('.mlv-dialog__body') as HTMLElement;
  // Let the first issues be measured and the opening settle.
  for (let i = 0; i < 20; i++) await nextFrame();
  scroll(body, pager);
  const tops: number[] = [];
  for (let i = 0; i < 30; i++) {
    await nextFrame();
    tops.push(pager.getBoundingClientRect().top);
  }
  // Sampled in frame callbacks: the first frame's may predate the measurement of the issues the
  // scroll drew (done before that frame paints); every later sample shows a painted frame. So:
  // the frames (from 1) in which the pager moved, but for the first.
  const moves = tops.flatMap((top, i) => (i > 1 && top !== tops[i - 1] ? [i + 1] : []));
  return { body, pager, moves };
}

it.each(viewports)('at %ix%i, scrolled to the end of the body, the pager stays put there', async (width, height) => {
  await runStory(
    ErrorWith50000Issues,
    async () => {
      const { body, moves } = await pagerAfter((scroller) => {
        scroller.scrollTop = scroller.scrollHeight;
      });
      expect(moves).toEqual([]);
      expect(body.scrollHeight - body.clientHeight - body.scrollTop).toBeLessThan(1);
    },
    { width, height },
  );
});

it.each(viewports)(
  'at %ix%i, scrolled till the pager shows at the bottom, it stays put in view',
  async (width, height) => {
    await runStory(
      ErrorWith50000Issues,
      async () => {
        // Content follows the pager: the body is not at its end.
        const { body, pager, moves } = await pagerAfter((_, found) => found.scrollIntoView({ block: 'end' }));
        expect(moves).toEqual([]);
        expect(pager.getBoundingClientRect().bottom).toBeLessThanOrEqual(body.getBoundingClientRect().bottom);
      },
      { width, height },
    );
  },
);
