import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// A button that becomes unavailable under focus (Reset once nothing is filtered, First / Previous on
// reaching the first page) keeps focus: a `disabled` one drops it to <body> in a browser (not in
// jsdom, so this runs in Chromium). On the first page a press would change nothing anyway (the query
// stays at page 0), so only the focus is checked there.
const { Default } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

const button = (canvas: HTMLElement, name: string) =>
  [...canvas.querySelectorAll<HTMLElement>('button')].find(
    (found) => found.getAttribute('aria-label') === name || found.textContent === name,
  ) as HTMLElement;

/** Enter on `name`, then: it is unavailable and still has focus. */
async function pressUntilUnavailable(canvas: HTMLElement, name: string) {
  button(canvas, name).focus();
  await userEvent.keyboard('{Enter}');
  await vi.waitFor(() => expect(button(canvas, name).getAttribute('aria-disabled')).toBe('true'));
  expect(document.activeElement).toBe(button(canvas, name));
}

it('Reset filters, and First and Previous on reaching the first page, keep focus, also through another Enter', async () => {
  await runStory(Default, async (canvas) => {
    await vi.waitFor(() => expect(canvas.querySelector('tbody tr[data-row-key]')).not.toBeNull());
    canvas.querySelector<HTMLElement>('input[type="checkbox"]')?.click();
    await vi.waitFor(() => expect(button(canvas, 'Reset filters').getAttribute('aria-disabled')).toBeNull());
    await pressUntilUnavailable(canvas, 'Reset filters');
    for (const name of ['First page', 'Previous page']) {
      button(canvas, 'Next page').click();
      await vi.waitFor(() => expect(button(canvas, name).getAttribute('aria-disabled')).toBeNull());
      await pressUntilUnavailable(canvas, name);
      await userEvent.keyboard('{Enter}');
      expect(document.activeElement).toBe(button(canvas, name));
    }
  });
});
