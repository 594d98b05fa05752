import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// Text enlarged (WCAG 1.4.4) while the body scrolls resized every issue in one ResizeObserver
// delivery; the list's synchronous re-render in that callback observed newly drawn issues too late:
// "ResizeObserver loop completed with undelivered notifications", which hosts' error overlays and
// test runners (Cypress) treat as an uncaught error.
const { ErrorWith50000Issues } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

it('enlarging the text while the issue list scrolls raises no ResizeObserver loop error', async () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => {
    errors.push(event.message);
    event.preventDefault();
  };
  window.addEventListener('error', onError);
  try {
    await runStory(
      ErrorWith50000Issues,
      async () => {
        const dialog = await openDialog('.mlv-details__issue-list li');
        const body = dialog.querySelector('.mlv-dialog__body') as HTMLElement;
        body.scrollTop = (body.scrollHeight - body.clientHeight) / 2;
        await new Promise((resolve) => setTimeout(resolve, 300));
        body.focus();
        for (const key of ['PageDown', 'PageDown', 'End', 'Home', 'PageDown', 'ArrowDown', 'ArrowDown']) {
          await userEvent.keyboard(`{${key}}`);
        }
        document.documentElement.style.fontSize = '20px';
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(errors.filter((message) => message.includes('ResizeObserver'))).toEqual([]);
      },
      { width: 800, height: 600 },
    );
  } finally {
    document.documentElement.style.fontSize = '';
    window.removeEventListener('error', onError);
  }
});
