import { edges, manyObjects, objectsStory, objectTable, showAllObjects, textBox } from './support/objects-story.js';
import { px, runStory, storyProject } from './support/run-story.js';

// After "Show all" of more than 50 object types each row is a grid of its own, not a table row. On a
// right-to-left page the rows must still line up under the headers, the name column stay at the
// right, counts stay at their cells' inline end (the left) as in the table before "Show all", and the
// focused row header's ring stay inside the scroll region at its right.
beforeAll(storyProject.beforeAll);

afterEach(() => {
  document.documentElement.dir = '';
});

/** Where each count's text sits in its cell: gap from the text to the cell's left padding edge. */
const countOffsets = (row: HTMLTableRowElement) =>
  [...row.cells]
    .slice(1)
    .map((cell) =>
      Math.abs(
        Math.round(textBox(cell).left - cell.getBoundingClientRect().left - px(getComputedStyle(cell).paddingLeft)),
      ),
    );

it('on a right-to-left page, rows after "Show all" line up under the headers, names at the right', async () => {
  await runStory(objectsStory(manyObjects(120), {}, { dir: 'rtl' }), async () => {
    const { table, region } = await objectTable();
    expect(getComputedStyle(table).direction).toBe('rtl');
    expect(countOffsets(table.rows[1] as HTMLTableRowElement)).toEqual([0, 0, 0, 0]);

    await showAllObjects(table, 121);
    expect(getComputedStyle(table).display).toBe('block');
    const header = table.rows[0] as HTMLTableRowElement;
    for (const index of [1, 51, 120]) {
      const row = table.rows[index] as HTMLTableRowElement;
      row.scrollIntoView({ block: 'nearest' });
      expect(edges(row), `row ${index}`).toEqual(edges(header));
      // Counts at the left of their cells, as before "Show all".
      expect(countOffsets(row), `row ${index}`).toEqual([0, 0, 0, 0]);
    }
    // Name column rightmost, cells right to left.
    const lefts = edges(header).map(([left]) => left as number);
    expect(lefts).toEqual([...lefts].sort((a, b) => b - a));

    // The revealed row's header cell has focus, its ring whole inside the region's right edge.
    const focused = document.activeElement as HTMLElement;
    expect(focused).toBe(table.rows[51]?.cells[0]);
    const ring = px(getComputedStyle(focused).outlineOffset) + px(getComputedStyle(focused).outlineWidth);
    // Compared in Chromium's layout unit (1/64 px): the rects' floats differ by a few millionths of a
    // pixel from run to run (372.48284912 against 372.48284531 for one edge), no ring is cut by that.
    const unit = (value: number) => Math.round(value * 64);
    const cell = focused.getBoundingClientRect();
    const bounds = region.getBoundingClientRect();
    expect(unit(cell.right + ring)).toBeLessThanOrEqual(unit(bounds.right));
    expect(unit(cell.left - ring)).toBeGreaterThanOrEqual(unit(bounds.left));
  });
});
