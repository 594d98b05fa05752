import { composeStories } from '@storybook/react-vite';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// "Show all" of 10,000 object types took 3 s to paint: Chromium styled and laid out every table row,
// and a table row cannot skip that (content-visibility needs containment, which rows ignore). Rows
// far below the view must now be skipped, not timed: a skipped row fails checkVisibility with
// contentVisibilityAuto. The rows then lay out as grids of fixed columns, so they must still line
// up under the column headers, near the top and once scrolled to the end.
const { ManyObjects } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

/** Left and right edges of each cell in `row`, rounded to the pixel. */
const edges = (row: HTMLTableRowElement) =>
  [...row.cells].map((cell) => {
    const { left, right } = cell.getBoundingClientRect();
    return [Math.round(left), Math.round(right)];
  });

it('after "Show all" of 10,000 objects, far rows skip rendering until scrolled to, and line up with the headers', async () => {
  await runStory(ManyObjects, async () => {
    const dialog = await openDialog('.mlv-details__objects .mlv-details__show-all');
    (dialog.querySelector('.mlv-details__objects .mlv-details__show-all') as HTMLButtonElement).click();
    const table = dialog.querySelector('.mlv-details__table') as HTMLTableElement;
    // rows[0] is the header row.
    await vi.waitFor(() => expect(table.rows).toHaveLength(10_001), { timeout: 20_000 });
    const header = table.rows[0] as HTMLTableRowElement;
    const last = table.rows[10_000] as HTMLTableRowElement;
    const lastName = last.cells[0] as HTMLElement;

    expect(lastName.checkVisibility({ contentVisibilityAuto: true })).toBe(false);
    expect(edges(table.rows[51] as HTMLTableRowElement)).toEqual(edges(header));

    lastName.scrollIntoView();
    await vi.waitFor(() => expect(lastName.checkVisibility({ contentVisibilityAuto: true })).toBe(true));
    expect(lastName.textContent).toBe('object_9999');
    expect(edges(last)).toEqual(edges(header));
  });
});
