import { composeStories } from '@storybook/react-vite';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Soft-disabled buttons (reset, pager) carry an inline 24 × 24 px minimum for unstyled use; styled,
// they must keep the control height of the buttons beside them, available or not.
const { Default } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

it('the reset and pager buttons are as tall as the column menu toggle, and pager buttons as wide', async () => {
  await runStory(Default, async (canvasElement) => {
    const toggle = await vi.waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('.mlv-column-menu__toggle');
      if (!canvasElement.querySelector('tbody tr[data-row-key]') || !found) throw new Error('no rows yet');
      return found;
    });
    const controlHeight = toggle.getBoundingClientRect().height;
    const reset = canvasElement.querySelector('.mlv-toolbar__actions > .mlv-button') as HTMLElement;
    const pager = [...canvasElement.querySelectorAll<HTMLElement>('.mlv-pagination__buttons .mlv-pagination__button')];
    expect(pager).toHaveLength(4);
    // Page 1: first and previous are unavailable, next and last are not; all four the same size.
    expect(pager.map((button) => button.getAttribute('aria-disabled'))).toEqual(['true', 'true', null, null]);
    for (const button of [reset, ...pager]) {
      expect(button.getBoundingClientRect().height, button.outerHTML).toBeCloseTo(controlHeight, 0);
    }
    for (const button of pager) {
      expect(button.getBoundingClientRect().width, button.outerHTML).toBeGreaterThanOrEqual(controlHeight - 0.5);
    }
  });
});
