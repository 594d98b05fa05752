import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Chromium's date input reports every keystroke of a typed year: 2, 20, 202, 2024 arrive as the
// years 0002, 0020 and 0202 first. The filter writes its day back into the input, so a year misread
// there (0002 as 1902) became what the next keystroke edited, and "2024" ended as 1904.
const { Default } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

/** The keys that type 3 November 2024 into a date input, in the browser locale's field order. */
function keysFor3November2024(): string {
  const digits: Record<string, string> = { month: '11', day: '03', year: '2024' };
  const parts = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(2024, 10, 3),
  );
  return parts.map((part) => digits[part.type] ?? '').join('');
}

it('keeps a year typed digit by digit into "Started from"', async () => {
  await runStory(Default, async (canvasElement) => {
    const from = await vi.waitFor(() => {
      const found = canvasElement.querySelector<HTMLInputElement>('.mlv-date-range input[type="date"]');
      if (!found || !canvasElement.querySelector('tbody tr td')) throw new Error('no rows yet');
      return found;
    });
    from.focus();
    await userEvent.keyboard(keysFor3November2024());
    await vi.waitFor(() => expect(from.value).toBe('2024-11-03'));
  });
});
