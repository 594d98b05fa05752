import { animationsSettled } from './support/animations-settled.js';
import { edges, manyObjects, objectsStory, objectTable, showAllObjects } from './support/objects-story.js';
import { runStory, storyProject } from './support/run-story.js';

// After "Show all" of more than 50 object types the rows are grids of fixed column widths. The table
// before it sized its columns to their content, so "Show all" moved every column (the names' from
// 350 px to 195 at 1280 × 800) and re-wrapped the rows the user had just read. With more than 50
// object types the table now has those widths from the start; 50 or fewer keep their content widths.
beforeAll(storyProject.beforeAll);

afterEach(() => {
  document.documentElement.dir = '';
});

const viewports = [
  { name: '1280 × 800', width: 1280, height: 800, dir: undefined },
  { name: 'a 360 × 740 phone', width: 360, height: 740, dir: undefined },
  { name: 'a 360 × 740 phone, right to left', width: 360, height: 740, dir: 'rtl' as const },
];

it.each(viewports)(
  'on $name, "Show all" moves no column and no row shown before it',
  async ({ width, height, dir }) => {
    await runStory(
      objectsStory(manyObjects(120), {}, dir ? { dir } : {}),
      async () => {
        const { table, region } = await objectTable();
        await animationsSettled();
        // Rows 1 to 50 were shown before "Show all"; their tops are taken from the top of the region's
        // content (it scrolls to the first row revealed). The header row's top is left out: it sticks.
        const place = () =>
          [0, 1, 2, 50].map((index) => {
            const row = table.rows[index] as HTMLTableRowElement;
            const { top, height } = row.getBoundingClientRect();
            const origin = region.getBoundingClientRect().top - region.scrollTop;
            return index === 0
              ? { index, edges: edges(row) }
              : { index, edges: edges(row), top: Math.round(top - origin), height: Math.round(height) };
          });
        const before = place();
        await showAllObjects(table, 121);
        expect(getComputedStyle(table).display).toBe('block');
        expect(place()).toEqual(before);
      },
      { width, height },
    );
  },
);
