import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { demoSource } from '../../stories/support/story-data.js';
import { runStory, storyProject } from './support/run-story.js';

// The rows are one tab stop. With the active row scrolled out of view (wheel, scrollbar), Tab into
// the list went to the first *rendered* row: one of the few rendered above the view (overscan), out
// of sight. Chromium then scrolled it to the middle of the area, so the list jumped some ten rows
// under the user and focus landed on a row they had not seen (WCAG 2.4.3).
beforeAll(storyProject.beforeAll);

const story = composeStory(
  { ...viewStories.Default, args: { ...viewStories.Default.args, dataSource: demoSource(1000), mode: scrollMode } },
  meta,
);

it('scroll mode: Tab into the list after scrolling it goes to the first row in view and keeps the scroll', async () => {
  await runStory(story, async (canvas) => {
    const area = canvas.querySelector<HTMLElement>('.mlv-table-scroll') as HTMLElement;
    const header = canvas.querySelector('thead') as HTMLElement;
    // The header cells are what sticks to the top of the area (the row group scrolls away).
    const headerBottom = () => (header.querySelector('th') as HTMLElement).getBoundingClientRect().bottom;
    const first = await vi.waitFor(() => {
      const row = canvas.querySelector<HTMLElement>('tr[data-index="0"][data-row-key]');
      if (!row) throw new Error('no rows yet');
      return row;
    });
    // The first row is the active one; Shift+Tab goes to the header's last sort button.
    first.focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    const sortButton = document.activeElement as HTMLElement;
    expect(header.contains(sortButton)).toBe(true);
    // Scrolled away with the wheel, by a number of pixels that leaves a row partly under the header.
    area.scrollTop = 5000;
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-index="0"]')).toBeNull());
    // Until the virtualizer says the scroll has stopped (it re-renders then).
    await new Promise((resolve) => setTimeout(resolve, 300));
    await userEvent.keyboard('{Tab}');
    const row = document.activeElement as HTMLElement;
    expect(row.matches('tr[data-index]')).toBe(true);
    expect(area.scrollTop).toBe(5000);
    const box = row.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(headerBottom() - 0.5);
    expect(box.bottom).toBeLessThanOrEqual(area.getBoundingClientRect().bottom + 0.5);
    // The first row wholly in view, not one further down.
    const above = canvas.querySelector<HTMLElement>(`tr[data-index="${Number(row.dataset.index) - 1}"]`);
    expect(above?.getBoundingClientRect().top).toBeLessThan(headerBottom() - 0.5);
  });
});
