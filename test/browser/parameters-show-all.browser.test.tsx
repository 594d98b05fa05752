import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// 1,200 parameters behind "Show all": geometry, focus and find-in-page need a real browser.
const { ManyParameters } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

async function showAll(): Promise<HTMLElement[]> {
  const dialog = await openDialog('.mlv-details__show-all');
  (dialog.querySelector('.mlv-details__show-all') as HTMLElement).click();
  await vi.waitFor(() => {
    if (dialog.querySelectorAll('.mlv-details__parameter-list > *').length < 1200) throw new Error('not all yet');
  });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return [...dialog.querySelectorAll<HTMLElement>('.mlv-details__parameter-list > .mlv-details__field')];
}

it('Tab from the parameter "Show all" revealed goes on to Close, not nowhere', async () => {
  await runStory(ManyParameters, async () => {
    const fields = await showAll();
    expect(document.activeElement).toBe(fields[50]);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(document.querySelector('.mlv-dialog__close'));
    // No extra tab stop left behind: back from Close wraps to the last control.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(document.querySelector('.mlv-segmented__button[data-level="warning"]'));
  });
});
