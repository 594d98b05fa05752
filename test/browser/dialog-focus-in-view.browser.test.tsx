import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Geometry needs a real layout: the dialog's body scrolls, and Radix moves focus without scrolling.
const { ErrorWith50000Issues } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

it('Shift+Tab from Close wraps to the last control of the details and scrolls it into view', async () => {
  await runStory(ErrorWith50000Issues, async () => {
    const next = await vi.waitFor(() => {
      const button = [...document.querySelectorAll<HTMLElement>('.mlv-details__issue-pager button')].at(-1);
      if (!button) throw new Error('no issue pager yet');
      return button;
    });
    (document.querySelector('.mlv-dialog__close') as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.activeElement).toBe(next);
    const area = document.querySelector('.mlv-dialog__body') as HTMLElement;
    const body = area.getBoundingClientRect();
    const button = next.getBoundingClientRect();
    expect(button.top).toBeGreaterThanOrEqual(body.top);
    expect(button.bottom).toBeLessThanOrEqual(body.bottom);
  });
});
