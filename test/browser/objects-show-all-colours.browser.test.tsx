import { contrast } from './support/colour.js';
import { emulateColours as emulate } from './support/emulate-media.js';
import { manyObjects, objectsStory, objectTable, showAllObjects } from './support/objects-story.js';
import { px, runStory, storyProject } from './support/run-story.js';

// After "Show all" of more than 50 object types the table's rows are grids and the bodies past the
// first have paint containment (content-visibility). Row separators must still be drawn, in the
// light and dark themes and in forced colours (Windows High Contrast, emulated through the DevTools
// protocol), and the focused row header's ring must show, at 3:1 against the dialog (WCAG 1.4.11),
// inside the body that clips it.
beforeAll(storyProject.beforeAll);

const cases = [
  { name: 'light theme', theme: undefined, forced: undefined },
  { name: 'dark theme', theme: 'dark' as const, forced: undefined },
  { name: 'forced colours, dark system theme', theme: undefined, forced: 'dark' as const },
  { name: 'forced colours, light system theme', theme: undefined, forced: 'light' as const },
];

it.each(cases)(
  'after "Show all" ($name), rows have separators and the focused row header a ring',
  async ({ theme, forced }) => {
    if (forced) await emulate('active', forced);
    try {
      await runStory(objectsStory(manyObjects(120), {}, theme ? { theme } : {}), async () => {
        expect(matchMedia('(forced-colors: active)').matches).toBe(forced !== undefined);
        const { dialog, table } = await objectTable();
        await showAllObjects(table, 121);
        const background = getComputedStyle(dialog).backgroundColor;

        for (const index of [1, 50, 51, 52]) {
          for (const cell of (table.rows[index] as HTMLTableRowElement).cells) {
            const style = getComputedStyle(cell);
            expect(style.borderBottomStyle, `row ${index}`).toBe('solid');
            expect(px(style.borderBottomWidth), `row ${index}`).toBeGreaterThanOrEqual(1);
            expect(contrast(style.borderBottomColor, background), `row ${index}`).toBeGreaterThan(1.2);
          }
        }

        const focused = document.activeElement as HTMLElement;
        expect(focused).toBe(table.rows[51]?.cells[0]);
        expect(focused.matches(':focus-visible')).toBe(true);
        const ring = getComputedStyle(focused);
        expect(ring.outlineStyle).toBe('solid');
        expect(px(ring.outlineWidth)).toBeGreaterThanOrEqual(2);
        expect(contrast(ring.outlineColor, background)).toBeGreaterThanOrEqual(3);
        // Drawn inside the cell: the body's paint containment clips anything past its edges.
        const body = focused.closest('tbody')?.getBoundingClientRect() as DOMRect;
        const cell = focused.getBoundingClientRect();
        const out = px(ring.outlineOffset) + px(ring.outlineWidth);
        expect(cell.top - out).toBeGreaterThanOrEqual(body.top - 0.5);
        expect(cell.left - out).toBeGreaterThanOrEqual(body.left - 0.5);
      });
    } finally {
      if (forced) await emulate('none', 'light');
    }
  },
);
