import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { runStory, storyProject } from './support/run-story.js';

// Scroll mode keys its rows by position. A refresh that made the list shorter than the focused row's
// position (an active migration completing in a view filtered to active ones) took that row out of
// the DOM, and focus fell to <body>: a keyboard user started over from the top (WCAG 2.4.3).
beforeAll(storyProject.beforeAll);

/** `ids` as active migrations, newest first; `finish` completes some and pushes the change. */
function activeSource(ids: string[]) {
  const { source, change } = pushingSource(ids.map((id, minute) => activeMigration(id, minute)));
  const finish = (...done: string[]) => change((all) => all.filter((item) => !done.includes(item.id)));
  return { source, finish };
}

const rowAt = (canvas: HTMLElement, index: number) => canvas.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
const details = (row: HTMLElement | null) => row?.querySelector<HTMLElement>('.mlv-row-actions__details');

async function withScrollView(
  check: (canvas: HTMLElement, finish: (...ids: string[]) => void) => Promise<void>,
  ids = ['a', 'b', 'c', 'd'],
) {
  const { source, finish } = activeSource(ids);
  const story = composeStory(
    { ...viewStories.Default, args: { ...viewStories.Default.args, dataSource: source, mode: scrollMode } },
    meta,
  );
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(rowAt(canvas, 0)?.dataset.rowKey).toBeTruthy());
    await check(canvas, finish);
  });
}

it('scroll mode: the focused last row removed by a refresh, focus goes to the new last row', async () => {
  await withScrollView(async (canvas, finish) => {
    rowAt(canvas, 0)?.focus();
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 3)));
    finish('d');
    await vi.waitFor(() => expect(rowAt(canvas, 3)).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 2)));
    // The new last row is the tab stop, so Tab out and back returns to it.
    expect(rowAt(canvas, 2)?.tabIndex).toBe(0);
  });
});

it('scroll mode: a control of the removed last row focused, focus goes to the new last row', async () => {
  await withScrollView(async (canvas, finish) => {
    rowAt(canvas, 0)?.focus();
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 3)));
    details(rowAt(canvas, 3))?.focus();
    finish('d');
    await vi.waitFor(() => expect(rowAt(canvas, 3)).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 2)));
  });
});

it('scroll mode: a refresh that leaves the focused position in the list keeps focus where it is', async () => {
  await withScrollView(async (canvas, finish) => {
    rowAt(canvas, 0)?.focus();
    await userEvent.keyboard('{ArrowDown}');
    const row = rowAt(canvas, 1);
    await vi.waitFor(() => expect(document.activeElement).toBe(row));
    finish('d');
    await vi.waitFor(() => expect(rowAt(canvas, 3)).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(row);
    expect(row?.tabIndex).toBe(0);
  });
});

it('scroll mode: focus moved out of the table on purpose is not pulled back when its row goes', async () => {
  await withScrollView(async (canvas, finish) => {
    rowAt(canvas, 0)?.focus();
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 3)));
    (document.activeElement as HTMLElement).blur();
    finish('d');
    await vi.waitFor(() => expect(rowAt(canvas, 3)).toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(document.body);
  });
});

/** Focuses the last of 200 rows from the keyboard (End); returns the scroll area. */
async function focusLastOf200(canvas: HTMLElement) {
  rowAt(canvas, 0)?.focus();
  await userEvent.keyboard('{End}');
  await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 199)));
  return canvas.querySelector<HTMLElement>('.mlv-table-scroll') as HTMLElement;
}

it('scroll mode: a focused row scrolled out of view is not pulled back when the list later gets shorter', async () => {
  const ids = Array.from({ length: 200 }, (_, i) => `m${i}`);
  await withScrollView(async (canvas, finish) => {
    const area = await focusLastOf200(canvas);
    // Scrolled back to the top with the wheel: the focused row leaves the DOM.
    area.scrollTop = 0;
    await vi.waitFor(() => expect(rowAt(canvas, 199)).toBeNull());
    finish(...ids.slice(10));
    await vi.waitFor(() => expect(canvas.querySelector('table')?.getAttribute('aria-rowcount')).toBe('11'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(document.body);
    expect(area.scrollTop).toBe(0);
  }, ids);
});

it('scroll mode: a list that shrinks far below the focused row puts focus on its new last row, in view', async () => {
  const ids = Array.from({ length: 200 }, (_, i) => `m${i}`);
  await withScrollView(async (canvas, finish) => {
    const area = await focusLastOf200(canvas);
    finish(...ids.slice(50));
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 49)));
    const row = (rowAt(canvas, 49) as HTMLElement).getBoundingClientRect();
    const box = area.getBoundingClientRect();
    expect(row.top).toBeGreaterThanOrEqual(box.top);
    expect(row.bottom).toBeLessThanOrEqual(box.bottom);
  }, ids);
});
