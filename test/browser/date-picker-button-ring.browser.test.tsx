import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Tab walks a Chromium date input's month, day and year, then its calendar button. With that button
// focused the input matches neither :focus nor :focus-visible, so the field lost the library's 2 px
// ring and only the browser's thin default outline around the small icon was left (WCAG 2.4.7, 2.4.13).
const { Default, DarkTheme } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

it.each([
  ['light', Default],
  ['dark', DarkTheme],
])('%s: the date field keeps its focus ring while its calendar button has focus', async (_, story) => {
  await runStory(story, async (canvasElement) => {
    const from = await vi.waitFor(() => {
      const found = canvasElement.querySelector<HTMLInputElement>('.mlv-date-range input[type="date"]');
      if (!found || !canvasElement.querySelector('tbody tr td')) throw new Error('no rows yet');
      return found;
    });
    // The ring every other field shows (a text input shows it on focus by any means).
    const search = canvasElement.querySelector('.mlv-search input') as HTMLElement;
    search.focus();
    const { outlineColor, outlineStyle, outlineWidth } = getComputedStyle(search);
    expect(outlineStyle).toBe('solid');
    from.focus();
    // Month, day and year are the field's first three Tab stops (focus() lands on the first).
    await userEvent.keyboard('{Tab}{Tab}{Tab}');
    expect(document.activeElement).toBe(from);
    expect(from.matches(':focus')).toBe(false);
    const style = getComputedStyle(from);
    expect([style.outlineStyle, style.outlineWidth, style.outlineColor]).toEqual([
      outlineStyle,
      outlineWidth,
      outlineColor,
    ]);
  });
});
