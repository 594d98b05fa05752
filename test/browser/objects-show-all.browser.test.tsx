import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, px, runStory, storyProject } from './support/run-story.js';

// 10,000 object types: rendered whole, they made the dialog open about 3 s late in Chromium (table
// rows ignore content-visibility). The rows in the DOM at open, not a clock, show it is fixed.
const { ManyObjects } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

const rows = (dialog: HTMLElement) => dialog.querySelectorAll<HTMLTableRowElement>('.mlv-details__objects tbody > tr');

it('opens with 50 object rows; "Show all" reveals 10,000 and reading goes on at the 51st, then Tab on', async () => {
  await runStory(ManyObjects, async () => {
    const dialog = await openDialog('.mlv-details__objects .mlv-details__show-all');
    expect(rows(dialog)).toHaveLength(50);
    const button = dialog.querySelector('.mlv-details__objects .mlv-details__show-all') as HTMLButtonElement;
    expect(button.textContent).toBe('Show all 10,000 objects');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(rows(dialog)).toHaveLength(10_000), { timeout: 20_000 });
    expect(dialog.querySelector('.mlv-details__objects .mlv-details__show-all')).toBeNull();

    // The revealed row's header cell: read with its row and column, table navigation goes on from it.
    const first = (rows(dialog)[50] as HTMLTableRowElement).cells[0] as HTMLElement;
    expect(first.textContent).toBe('object_50');
    expect(document.activeElement).toBe(first);
    // Its ring is whole: the table's scroll box clips anything drawn past its edge.
    const region = dialog.querySelector('.mlv-details__table-scroll') as HTMLElement;
    const { outlineOffset, outlineWidth, outlineStyle } = getComputedStyle(first);
    expect(outlineStyle).toBe('solid');
    const ring = px(outlineOffset) + px(outlineWidth);
    expect(first.getBoundingClientRect().left - ring).toBeGreaterThanOrEqual(region.getBoundingClientRect().left);

    // Still one table, under its caption and named by it.
    expect(region.getAttribute('aria-label')).toBe('Records by object');
    expect([...dialog.querySelectorAll('.mlv-details__objects caption')].map((c) => c.textContent)).toEqual([
      'Records by object',
    ]);

    // Tab goes on to the next control in the dialog; back from it, no tab stop is left on the cell.
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-segmented__button[data-level="all"]'));
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(region);
  });
});
