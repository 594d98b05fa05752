import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import tableMeta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import viewMeta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Placeholder rows were a pixel shorter than real rows (the cell height counted the border, which a
// real row's 28 px button pushes below). Scroll mode places every row at one measured height: a chunk
// of placeholders shortened the list, the browser clamped the scroll, and End left the focused last
// row (and its focus ring) partly below the scroll area (WCAG 2.4.7 / 2.4.11).
beforeAll(storyProject.beforeAll);

const heightOf = (row: Element | null | undefined) => row?.getBoundingClientRect().height ?? 0;

/** The first row's height once `selector` matches it, in `story`. */
async function firstRowHeight(story: typeof tableStories.Default, mode: object, selector: string) {
  let height = 0;
  await runStory(composeStory({ ...story, args: { ...story.args, ...mode } }, tableMeta), async (canvas) => {
    const row = await vi.waitFor(() => {
      const found = canvas.querySelector(`tbody ${selector}`);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    });
    height = heightOf(row);
  });
  return height;
}

describe.each([
  { name: 'paged', mode: {} },
  { name: 'scroll mode', mode: { mode: scrollMode } },
])('$name', ({ mode }) => {
  it('a placeholder row is as tall as a real row', async () => {
    const placeholder = await firstRowHeight(tableStories.Loading, mode, '.mlv-table__row--skeleton');
    const real = await firstRowHeight(tableStories.Default, mode, 'tr[data-row-key]');
    expect(real).toBeGreaterThan(0);
    expect(placeholder).toBe(real);
  });
});

it('scroll mode: End shows the whole last row, ring included, inside the scroll area', async () => {
  await runStory(composeStory(viewStories.ScrollMode100k, viewMeta), async (canvas) => {
    const area = canvas.querySelector('.mlv-table-scroll') as HTMLElement;
    const first = await vi.waitFor(() => {
      const row = canvas.querySelector<HTMLElement>('tbody tr[data-row-key]');
      if (!row) throw new Error('no rows yet');
      return row;
    });
    first.focus();
    await userEvent.keyboard('{End}');
    const last = await vi.waitFor(() => {
      const row = document.activeElement as HTMLElement;
      if (row.dataset.index !== '99999' || !row.dataset.rowKey) throw new Error('not on the loaded last row yet');
      return row;
    });
    // Let any later layout (the chunk's data replacing its placeholders) settle.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const box = area.getBoundingClientRect();
    const visibleBottom = box.top + area.clientTop + area.clientHeight;
    expect(last.getBoundingClientRect().bottom).toBeLessThanOrEqual(visibleBottom + 0.5);
  });
});
