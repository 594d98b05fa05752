import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import type { MigrationLogRecord } from '../../src/core/types.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { runStory, storyProject } from './support/run-story.js';

// Scroll mode keyed its rows by position. A refresh that took away or added a row above the focused
// one left focus on the same element, which then showed another migration, and a screen reader heard
// nothing. Focus now follows the migration, as it does in paged mode.
beforeAll(storyProject.beforeAll);

/** `ids` as active migrations a minute apart, newest first; `finish` and `start` push their change. */
function activeSource(ids: string[]) {
  const { source, change } = pushingSource(ids.map((id, minute) => activeMigration(id, minute)));
  /** Completes migrations: they leave the list (the story shows all, but the source drops them). */
  const finish = (...done: string[]) => change((all) => all.filter((item) => !done.includes(item.id)));
  /** New migrations started between the first two: they come in below the first row. */
  const start = (...started: string[]) =>
    change(([first, ...rest]) => [
      first as MigrationLogRecord,
      ...started.map((id, i) => activeMigration(id, (i + 1) / (started.length + 1))),
      ...rest,
    ]);
  return { source, finish, start };
}

const rowAt = (canvas: HTMLElement, index: number) => canvas.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
const rowOf = (canvas: HTMLElement, id: string) => canvas.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
const details = (row: HTMLElement | null) => row?.querySelector<HTMLElement>('.mlv-row-actions__details');
const area = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>('.mlv-table-scroll') as HTMLElement;
const focusedRow = () => document.activeElement?.closest<HTMLElement>('tr');

/** Focus leaving an element, counted: a row that keeps its element never loses focus on the way. */
function countFocusLosses() {
  const losses: EventTarget[] = [];
  const lost = (event: FocusEvent) => {
    if (!event.relatedTarget) losses.push(event.target as EventTarget);
  };
  document.addEventListener('focusout', lost);
  return { losses, stop: () => document.removeEventListener('focusout', lost) };
}

async function withScrollView(
  check: (canvas: HTMLElement, source: ReturnType<typeof activeSource>) => Promise<void>,
  ids = ['a', 'b', 'c', 'd', 'e'],
) {
  const source = activeSource(ids);
  const story = composeStory(
    { ...viewStories.Default, args: { ...viewStories.Default.args, dataSource: source.source, mode: scrollMode } },
    meta,
  );
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(rowAt(canvas, 0)?.dataset.rowKey).toBeTruthy());
    await check(canvas, source);
  });
}

/** Focuses the row at `index` from the keyboard, as a user would reach it. */
async function focusRow(canvas: HTMLElement, index: number) {
  rowAt(canvas, 0)?.focus();
  for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
  await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, index)));
}

it('scroll mode: a row removed above the focused one, focus stays on its migration at its new row index', async () => {
  await withScrollView(async (canvas, { finish }) => {
    await focusRow(canvas, 2);
    const row = rowOf(canvas, 'c');
    const focus = countFocusLosses();
    finish('b');
    await vi.waitFor(() => expect(rowOf(canvas, 'b')).toBeNull());
    focus.stop();
    expect(focusedRow()).toBe(row);
    expect(focusedRow()?.dataset.rowKey).toBe('c');
    expect(focusedRow()).toHaveTextContent('user-c');
    expect(focusedRow()).toHaveAttribute('aria-rowindex', '3');
    expect(focusedRow()?.tabIndex).toBe(0);
    expect(focus.losses).toEqual([]);
    // Nothing moved out of view: the list stays where it was.
    expect(area(canvas).scrollTop).toBe(0);
    // The keyboard goes on from the migration's new place.
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(focusedRow()?.dataset.rowKey).toBe('d'));
    expect(focusedRow()).toHaveAttribute('aria-rowindex', '4');
  });
});

it('scroll mode: rows inserted above the focused one, focus stays on its migration at its new row index', async () => {
  await withScrollView(async (canvas, { start }) => {
    await focusRow(canvas, 2);
    const row = rowOf(canvas, 'c');
    start('x', 'y');
    await vi.waitFor(() => expect(rowOf(canvas, 'y')).not.toBeNull());
    expect(focusedRow()).toBe(row);
    expect(focusedRow()?.dataset.rowKey).toBe('c');
    expect(focusedRow()).toHaveTextContent('user-c');
    expect(focusedRow()).toHaveAttribute('aria-rowindex', '6');
    expect(rowAt(canvas, 4)).toBe(row);
    expect(area(canvas).scrollTop).toBe(0);
  });
});

it("scroll mode: a focused control in the row stays focused as its row's place changes", async () => {
  await withScrollView(async (canvas, { finish, start }) => {
    await focusRow(canvas, 2);
    const button = details(rowOf(canvas, 'c'));
    button?.focus();
    expect(document.activeElement).toBe(button);
    finish('b');
    await vi.waitFor(() => expect(rowOf(canvas, 'b')).toBeNull());
    expect(document.activeElement).toBe(button);
    expect(focusedRow()?.dataset.rowKey).toBe('c');
    expect(focusedRow()).toHaveAttribute('aria-rowindex', '3');
    start('x', 'y');
    await vi.waitFor(() => expect(rowOf(canvas, 'y')).not.toBeNull());
    expect(document.activeElement).toBe(button);
    expect(focusedRow()?.dataset.rowKey).toBe('c');
    expect(focusedRow()).toHaveAttribute('aria-rowindex', '5');
    // Still the row's control in the tab order: Tab leaves the list from it.
    expect(button?.tabIndex).toBe(0);
  });
});

it('scroll mode: a followed row pushed out of the rendered rows is scrolled to, keeping focus, not to <body>', async () => {
  const ids = Array.from({ length: 60 }, (_, i) => `m${i}`);
  await withScrollView(async (canvas, { start }) => {
    await focusRow(canvas, 3);
    const row = rowOf(canvas, 'm3');
    const button = details(row);
    button?.focus();
    const focus = countFocusLosses();
    // Forty new migrations above it: far past the rows rendered around the view.
    start(...Array.from({ length: 40 }, (_, i) => `n${i}`));
    await vi.waitFor(() => expect(focusedRow()).toHaveAttribute('aria-rowindex', '45'));
    focus.stop();
    expect(document.activeElement).toBe(button);
    expect(focusedRow()).toBe(row);
    expect(focusedRow()?.dataset.rowKey).toBe('m3');
    expect(focus.losses).toEqual([]);
    // Scrolled just enough to show it below the sticky header.
    await vi.waitFor(() => {
      const box = area(canvas).getBoundingClientRect();
      const head = canvas.querySelector('thead')?.getBoundingClientRect().height ?? 0;
      const shown = row?.getBoundingClientRect() as DOMRect;
      expect(shown.top).toBeGreaterThanOrEqual(box.top + head - 1);
      expect(shown.bottom).toBeLessThanOrEqual(box.bottom + 1);
    });
    // The rows around it are rendered as usual once it is in view.
    await vi.waitFor(() => expect(rowAt(canvas, 42)).not.toBeNull());
  }, ids);
});

it('scroll mode: a followed row pushed just out of view from its last line is kept in view', async () => {
  const ids = Array.from({ length: 60 }, (_, i) => `m${i}`);
  await withScrollView(async (canvas, { start }) => {
    rowAt(canvas, 0)?.focus();
    // A page down from the top: the last row wholly in view.
    await userEvent.keyboard('{PageDown}');
    const row = focusedRow() as HTMLElement;
    expect(area(canvas).scrollTop).toBe(0);
    start('x');
    await vi.waitFor(() => expect(rowOf(canvas, 'x')).not.toBeNull());
    expect(focusedRow()).toBe(row);
    await vi.waitFor(() => expect(area(canvas).scrollTop).toBeGreaterThan(0));
    expect(row.getBoundingClientRect().bottom).toBeLessThanOrEqual(area(canvas).getBoundingClientRect().bottom + 1);
    // One row's worth, no more.
    expect(area(canvas).scrollTop).toBeLessThanOrEqual(row.getBoundingClientRect().height + 1);
  }, ids);
});

it('scroll mode: a followed row the user had scrolled away from (still rendered) does not pull the list back', async () => {
  const ids = Array.from({ length: 60 }, (_, i) => `m${i}`);
  await withScrollView(async (canvas, { start }) => {
    await focusRow(canvas, 1);
    const row = focusedRow() as HTMLElement;
    const scrolled = 3 * row.getBoundingClientRect().height;
    area(canvas).scrollTop = scrolled;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(rowAt(canvas, 1)).toBe(row);
    start('x');
    await vi.waitFor(() => expect(rowOf(canvas, 'x')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(focusedRow()).toBe(row);
    expect(row).toHaveAttribute('aria-rowindex', '4');
    expect(area(canvas).scrollTop).toBeCloseTo(scrolled, 0);
  }, ids);
});

it('scroll mode: the focused migration gone from the middle of the list, focus stays on its place', async () => {
  await withScrollView(async (canvas, { finish }) => {
    await focusRow(canvas, 2);
    const row = rowAt(canvas, 2);
    finish('c');
    await vi.waitFor(() => expect(rowOf(canvas, 'c')).toBeNull());
    expect(document.activeElement).toBe(row);
    expect(focusedRow()?.dataset.rowKey).toBe('d');
    expect(focusedRow()).toHaveAttribute('aria-rowindex', '4');
  });
});
