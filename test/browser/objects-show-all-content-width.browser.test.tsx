import { manyObjects, objectsStory, objectTable, showAllObjects } from './support/objects-story.js';
import { runStory, storyProject } from './support/run-story.js';

// After "Show all" the bodies far from the view are skipped, and a skipped body is as large as
// contain-intrinsic-size says. Given only for its height ("auto 118.75rem" sets both axes), each
// skipped body also claimed 118.75rem (1,900 px) of width: a host dialog sized to its content
// (width: fit-content) grew to the whole screen. Skipped, a body may claim no more width than drawn.
beforeAll(storyProject.beforeAll);

it('after "Show all", skipped bodies do not widen a dialog sized to its content', async () => {
  const host = document.createElement('style');
  host.textContent = '.mlv-styled.mlv-dialog { width: fit-content; }';
  document.head.append(host);
  try {
    await runStory(
      objectsStory(manyObjects(1000)),
      async () => {
        const { dialog, table } = await objectTable();
        await showAllObjects(table, 1001);
        const skipped = [...table.tBodies].filter(
          (body) =>
            !((body.rows[0] as HTMLTableRowElement).cells[0] as HTMLElement).checkVisibility({
              contentVisibilityAuto: true,
            }),
        );
        expect(skipped.length).toBeGreaterThan(10);
        const width = dialog.getBoundingClientRect().width;

        // Every body drawn: the width the rows really need.
        for (const body of table.tBodies) body.style.contentVisibility = 'visible';
        const drawn = dialog.getBoundingClientRect().width;
        expect(drawn).toBeLessThan(window.innerWidth);
        expect(width).toBeLessThanOrEqual(drawn + 0.5);
      },
      { width: 2560, height: 900 },
    );
  } finally {
    host.remove();
  }
});
