import { germanMessages } from '../../src/core/messages-de.js';
import { lineCount, manyObjects, objectsStory, objectTable, showAllObjects, textBox } from './support/objects-story.js';
import { px, runStory, storyProject } from './support/run-story.js';

// After "Show all" of more than 50 object types the columns have fixed widths (a row the browser
// skips cannot size one). At 7rem a German 1.234.567.890 broke mid-number ("1.234.567.8" over "90",
// two numbers to a reader), and "Fehlgeschlagen" mid-word, where the table they replace showed both
// whole. Under WCAG 1.4.12 text spacing they may wrap, but never run into the next cell.
beforeAll(storyProject.beforeAll);

const german = objectsStory(manyObjects(120, 1_234_567_890), { locale: 'de-DE', messages: germanMessages });

/** Every header and count cell of the first rows of each of the first two bodies. */
const countCells = (table: HTMLTableElement) =>
  [0, 1, 2, 51, 52].flatMap((index) =>
    [...(table.rows[index] as HTMLTableRowElement).cells].filter((cell) => cell.hasAttribute('data-column')),
  );

it('after "Show all", ten-digit German counts and the German headers each stay on one line', async () => {
  await runStory(german, async () => {
    const { table } = await objectTable();
    await showAllObjects(table, 121);
    expect(table.rows[1]?.cells[1]?.textContent).toBe('1.234.567.890');
    const broken = countCells(table).filter((cell) => lineCount(cell) > 1);
    expect(broken.map((cell) => cell.textContent)).toEqual([]);
  });
});

it('with WCAG text spacing after "Show all", no text runs out of its cell', async () => {
  const spacing = document.createElement('style');
  spacing.textContent =
    '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }';
  document.head.append(spacing);
  try {
    await runStory(german, async () => {
      const { table } = await objectTable();
      await showAllObjects(table, 121);
      const cells = [0, 1, 2, 51, 52].flatMap((index) => [...(table.rows[index] as HTMLTableRowElement).cells]);
      // Inside the cell's padding, not only its border: a cell's text that fills its padding touches
      // its neighbour's.
      const out = cells.filter((cell) => {
        const box = cell.getBoundingClientRect();
        const style = getComputedStyle(cell);
        const text = textBox(cell);
        return (
          text.left < box.left + px(style.paddingLeft) - 0.5 ||
          text.right > box.right - px(style.paddingRight) + 0.5 ||
          text.bottom > box.bottom - px(style.paddingBottom) + 0.5
        );
      });
      expect(out.map((cell) => cell.textContent)).toEqual([]);
      // The long names wrap inside their column too.
      expect(lineCount(table.rows[2]?.cells[0] as HTMLElement)).toBeGreaterThan(1);
    });
  } finally {
    spacing.remove();
  }
});
