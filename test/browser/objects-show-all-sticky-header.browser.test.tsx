import { manyObjects, objectsStory, objectTable, showAllObjects } from './support/objects-story.js';
import { runStory, storyProject } from './support/run-story.js';

// After "Show all" of thousands of object types, a sighted user at row 4,000 must still see which
// count column is which. The table's region scrolls sideways, which makes it a scroll container on
// both axes: a sticky header stuck to it, while the dialog scrolled the rows and the headers away.
// Now the region scrolls the rows itself (bounded), the header row stays at its top, and a row
// header that gets focus from above the view comes to rest below it, not under it (WCAG 2.4.11).
beforeAll(storyProject.beforeAll);

const viewports = [
  { name: '1280 × 800', width: 1280, height: 800 },
  { name: 'a 360 × 740 phone', width: 360, height: 740 },
  { name: '1280 × 800 at 400%', width: 320, height: 200 },
];

/** Whether what is drawn at `y`, midway across the part of `element` inside `area`, is `element`. */
const drawnAt = (element: Element, area: DOMRect, y: number) => {
  const box = element.getBoundingClientRect();
  const x = (Math.max(box.left, area.left) + Math.min(box.right, area.right)) / 2;
  const top = document.elementFromPoint(x, y);
  return top !== null && element.contains(top);
};

it.each(viewports)(
  'on $name, after "Show all" of 10,000 and scrolled to row 4,000, the column headers are in view above it',
  async ({ width, height }) => {
    await runStory(
      objectsStory(manyObjects(10_000)),
      async () => {
        const { table, region } = await objectTable();
        await showAllObjects(table, 10_001);
        const header = table.rows[0] as HTMLTableRowElement;
        const row = table.rows[4_000] as HTMLTableRowElement;
        row.scrollIntoView({ block: 'end' });
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

        // The rows scroll inside the region, and the header row stays at the region's top.
        expect(region.scrollTop).toBeGreaterThan(0);
        const area = region.getBoundingClientRect();
        const top = header.getBoundingClientRect();
        expect(Math.abs(top.top - area.top)).toBeLessThanOrEqual(1);
        expect(top.bottom).toBeLessThanOrEqual(row.getBoundingClientRect().top + 0.5);
        // Drawn, not covered by the rows nor out of the window: each header cell is what is painted
        // at its place.
        for (const cell of header.cells) {
          const box = cell.getBoundingClientRect();
          if (box.right <= area.left || box.left >= area.right) continue; // scrolled sideways out of view
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(drawnAt(cell, area, (box.top + box.bottom) / 2), cell.textContent ?? '').toBe(true);
        }
        // The region fits in the window, so the dialog can bring all of it (its sideways scrollbar
        // too) into view at once.
        expect(area.height).toBeLessThanOrEqual(window.innerHeight);
      },
      { width, height },
    );
  },
);

it('a row header focused under the sticky header comes to rest below it, not under it', async () => {
  await runStory(
    objectsStory(manyObjects(1_000)),
    async () => {
      const { table, region } = await objectTable();
      await showAllObjects(table, 1_001);
      const focused = document.activeElement as HTMLElement;
      expect(focused).toBe(table.rows[51]?.cells[0]);
      const header = table.rows[0] as HTMLTableRowElement;
      const covered = () => {
        const box = focused.getBoundingClientRect();
        return {
          belowHeader: box.top >= header.getBoundingClientRect().bottom - 0.5,
          drawn: drawnAt(focused, region.getBoundingClientRect(), box.top + 4),
        };
      };
      // As "Show all" left it.
      expect(covered()).toEqual({ belowHeader: true, drawn: true });

      // Scrolled on until it is under the header, then focused again (as assistive technology or a
      // script would): "in view" is below the header, so the region scrolls it out from under it.
      region.scrollTop += focused.getBoundingClientRect().top - region.getBoundingClientRect().top - 4;
      expect(covered().belowHeader).toBe(false);
      focused.blur();
      focused.tabIndex = -1;
      focused.focus();
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      expect(covered()).toEqual({ belowHeader: true, drawn: true });
    },
    { width: 1280, height: 800 },
  );
});
