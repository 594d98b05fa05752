import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { rowFocusTarget } from './support/row-focus-target.js';
import { runStory, storyProject } from './support/run-story.js';

// A view filtered to active migrations: when the last one completes, a refresh leaves no row. Focus
// in a row fell to <body> (a keyboard user started over from the top, WCAG 2.4.3), or, filtered,
// onto Reset filters, said without why and one Enter from pressing. It goes to the empty state's
// message, which says why the rows went; Tab goes on from there.
beforeAll(storyProject.beforeAll);

/** Two active migrations; `finishAll` completes both and pushes the change. */
function activeSource() {
  const { source, change } = pushingSource(['a', 'b'].map((id, hour) => activeMigration(id, hour * 60)));
  const finishAll = () => change((all) => all.map((item) => ({ ...item, status: 'completed', progress: 100 })));
  /** Takes every migration away (deleted, say) and pushes the change. */
  const removeAll = () => change(() => []);
  return { source, finishAll, removeAll };
}

/** The view (paged, or in scroll mode) with focus on row b's details button (scroll mode: on row b). */
async function withFocusedRow(
  filtered: boolean,
  check: (canvas: HTMLElement, change: ReturnType<typeof activeSource>) => Promise<void>,
  scroll = false,
) {
  const change = activeSource();
  const defaultQuery = filtered ? { filter: { statuses: ['in-progress' as const] } } : {};
  const args = { ...viewStories.Default.args, dataSource: change.source, defaultQuery };
  const story = composeStory({ ...viewStories.Default, args: scroll ? { ...args, mode: scrollMode } : args }, meta);
  await runStory(story, async (canvas) => {
    const target = await rowFocusTarget(canvas, 'b', scroll);
    target.focus();
    await check(canvas, change);
  });
}

const emptyMessage = (canvas: HTMLElement) => canvas.querySelector('.mlv-table__empty-message > span');

it('paged, filtered: the last row leaving moves focus to the empty message; Tab goes on to Reset filters', async () => {
  await withFocusedRow(true, async (canvas, { finishAll }) => {
    finishAll();
    await vi.waitFor(() => expect(emptyMessage(canvas)).not.toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(emptyMessage(canvas)));
    expect(document.activeElement?.textContent).toBe('No migrations match these filters.');
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement?.textContent).toBe('Reset filters');
  });
});

it('paged, unfiltered: the last row leaving moves focus to the empty message, not to <body>', async () => {
  await withFocusedRow(false, async (canvas, { removeAll }) => {
    removeAll();
    await vi.waitFor(() => expect(emptyMessage(canvas)).not.toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(emptyMessage(canvas)));
  });
});

it('paged: focus moved out of the table on purpose is not pulled to the empty message', async () => {
  await withFocusedRow(false, async (canvas, { removeAll }) => {
    (document.activeElement as HTMLElement).blur();
    removeAll();
    await vi.waitFor(() => expect(emptyMessage(canvas)).not.toBeNull());
    // Give a wrong move its chance to happen.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(document.body);
  });
});

it('scroll mode, filtered: the last row leaving moves focus to the empty message, not to <body>', async () => {
  await withFocusedRow(
    true,
    async (canvas, { finishAll }) => {
      finishAll();
      await vi.waitFor(() => expect(emptyMessage(canvas)).not.toBeNull());
      await vi.waitFor(() => expect(document.activeElement).toBe(emptyMessage(canvas)));
    },
    true,
  );
});
