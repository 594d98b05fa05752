import { composeStory } from '@storybook/react-vite';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// On a phone the table is wider than its scroll area. The empty message spans every column: centred
// across the whole table, its text was cut and its reset button out of view.
beforeAll(storyProject.beforeAll);

const variants = [
  { name: 'paged', args: {} },
  { name: 'scroll mode', args: { mode: scrollMode } },
];
const directions = ['ltr', 'rtl'] as const;

/** The part of the scroll area a user sees (inside its borders). */
const visibleBox = (area: HTMLElement) => {
  const box = area.getBoundingClientRect();
  const left = box.left + area.clientLeft;
  return { left, right: left + area.clientWidth };
};

const expectInView = (area: HTMLElement, message: HTMLElement, button: HTMLElement | null) => {
  const view = visibleBox(area);
  for (const part of [message, button]) {
    if (!part) continue;
    const box = part.getBoundingClientRect();
    expect(box.left, part.textContent ?? '').toBeGreaterThanOrEqual(view.left - 0.5);
    expect(box.right, part.textContent ?? '').toBeLessThanOrEqual(view.right + 0.5);
  }
  // Centred in what is visible, not in the whole table (the button may wrap below the text).
  const parts = [message, button].filter((part) => part !== null).map((part) => part.getBoundingClientRect());
  const left = Math.min(...parts.map((box) => box.left));
  const right = Math.max(...parts.map((box) => box.right));
  expect(Math.abs((left + right) / 2 - (view.left + view.right) / 2)).toBeLessThan(2);
};

describe.each(variants)('$name', ({ args }) => {
  it.each(directions)(
    'at 375 px (%s) the filtered-empty message and its reset button are in view, at any scroll',
    async (dir) => {
      const story = composeStory(
        {
          ...tableStories.FilteredToEmpty,
          args: { ...tableStories.FilteredToEmpty.args, ...args },
          parameters: { dir },
        },
        meta,
      );
      await runStory(
        story,
        async (canvasElement) => {
          const area = canvasElement.querySelector('.mlv-table-scroll') as HTMLElement;
          const message = await vi.waitFor(() => {
            const found = [...canvasElement.querySelectorAll<HTMLElement>('.mlv-table__empty span')].find(
              (span) => span.textContent === 'No migrations match these filters.',
            );
            if (!found) throw new Error('no empty message yet');
            return found;
          });
          const button = canvasElement.querySelector<HTMLElement>('.mlv-table__empty button');
          expect(button).not.toBeNull();
          expect(area.scrollWidth).toBeGreaterThan(area.clientWidth);
          for (const end of [0, 1]) {
            // Scrolled to either end (scrollLeft is negative in right-to-left).
            area.scrollLeft = (dir === 'rtl' ? -1 : 1) * end * (area.scrollWidth - area.clientWidth);
            await new Promise(requestAnimationFrame);
            expectInView(area, message, button);
          }
        },
        { width: 375, height: 900 },
      );
    },
  );
});

it('the unfiltered empty message is in view at 375 px too', async () => {
  const story = composeStory(tableStories.Empty, meta);
  await runStory(
    story,
    async (canvasElement) => {
      const area = canvasElement.querySelector('.mlv-table-scroll') as HTMLElement;
      const message = await vi.waitFor(() => {
        const found = canvasElement.querySelector<HTMLElement>('.mlv-table__empty span');
        if (!found) throw new Error('no empty message yet');
        return found;
      });
      expectInView(area, message, null);
    },
    { width: 375, height: 900 },
  );
});
