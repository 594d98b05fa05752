import { manyObjects, objectsStory, objectTable } from './support/objects-story.js';
import { runStory, storyProject } from './support/run-story.js';

// Only a table shown all at once in bodies of 50 (after "Show all" of more than 50 object types)
// lays its parts out as blocks and grids. Up to 50 rows, and more before "Show all", it is a table
// laid out as one, nothing skipped (columns as wide as their content up to 50 object types; over
// 50, as wide as after "Show all": objects-show-all-columns-stay).
beforeAll(storyProject.beforeAll);

const layout = (table: HTMLTableElement) => ({
  table: getComputedStyle(table).display,
  bodies: table.tBodies.length,
  body: getComputedStyle(table.tBodies[0] as HTMLElement).display,
  row: getComputedStyle(table.rows[1] as HTMLElement).display,
  cell: getComputedStyle((table.rows[1] as HTMLTableRowElement).cells[1] as HTMLElement).display,
  skipped: getComputedStyle(table.tBodies[0] as HTMLElement).contentVisibility,
});

it.each([1, 50, 51, 120])('%i object types, before any "Show all": a table laid out as one', async (count) => {
  await runStory(objectsStory(manyObjects(count)), async () => {
    const { table } = await objectTable();
    expect(table.rows).toHaveLength(Math.min(count, 50) + 1);
    expect(layout(table)).toEqual({
      table: 'table',
      bodies: 1,
      body: 'table-row-group',
      row: 'table-row',
      cell: 'table-cell',
      skipped: 'visible',
    });
  });
});
