import { manyObjects, objectsStory, objectTable, showAllObjects } from './support/objects-story.js';
import { px, runStory, storyProject } from './support/run-story.js';

// WCAG 1.4.10 exempts data tables from reflow, but a table wider than a phone, or than a desktop at
// 200% and 400% zoom (1280 × 800 CSS px over 2 and 4), must scroll inside its own focusable region,
// not widen the dialog or the page. After "Show all" of more than 50 object types its columns have
// fixed widths; the first revealed row's header, focused, must be in view.
beforeAll(storyProject.beforeAll);

afterEach(() => {
  document.documentElement.dir = '';
});

const viewports = [
  { name: 'a 360 × 740 phone', width: 360, height: 740, dir: undefined },
  { name: 'a 360 × 740 phone, right to left', width: 360, height: 740, dir: 'rtl' as const },
  { name: '1280 × 800 at 200%', width: 640, height: 400, dir: undefined },
  { name: '1280 × 800 at 400%', width: 320, height: 200, dir: undefined },
];

it.each(viewports)('on $name, the table after "Show all" scrolls inside its region', async ({ width, height, dir }) => {
  await runStory(
    objectsStory(manyObjects(120), {}, dir ? { dir } : {}),
    async () => {
      const { dialog, table, region } = await objectTable();
      await showAllObjects(table, 121);
      expect(getComputedStyle(table).display).toBe('block');

      // Nothing past the viewport: neither the page nor the dialog got wider.
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(window.innerWidth);
      const box = dialog.getBoundingClientRect();
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(window.innerWidth);

      // The first revealed row's header has focus and is in view, not under anything.
      const focused = document.activeElement as HTMLElement;
      expect(focused).toBe(table.rows[51]?.cells[0]);
      const cell = focused.getBoundingClientRect();
      const area = region.getBoundingClientRect();
      expect(cell.left).toBeGreaterThanOrEqual(area.left - 0.5);
      expect(cell.right).toBeLessThanOrEqual(area.right + 0.5);
      expect(focused.contains(document.elementFromPoint(cell.left + 8, (cell.top + cell.bottom) / 2))).toBe(true);

      // The region is a keyboard stop and scrolls to the far column, whole.
      expect(region.tabIndex).toBe(0);
      expect(region.scrollWidth).toBeGreaterThan(region.clientWidth);
      region.scrollLeft = (dir === 'rtl' ? -1 : 1) * region.scrollWidth;
      const last = table.rows[0]?.cells[4] as HTMLElement;
      const far = last.getBoundingClientRect();
      const inner = region.getBoundingClientRect();
      // Within a pixel: the scroll range is whole pixels, the table's width is not.
      expect(far.left).toBeGreaterThanOrEqual(inner.left + px(getComputedStyle(region).borderLeftWidth) - 1);
      expect(far.right).toBeLessThanOrEqual(inner.right - px(getComputedStyle(region).borderRightWidth) + 1);
    },
    { width, height },
  );
});
