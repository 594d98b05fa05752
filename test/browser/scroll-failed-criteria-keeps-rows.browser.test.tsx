import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource } from '../../src/core/types.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { numberedMigration } from './support/numbered-migration.js';
import { runStory, storyProject } from './support/run-story.js';
import { settledRetry } from './support/settled-retry.js';

// Scroll mode: a new sort or filter whose first chunk failed while the user was scrolled down threw
// the list to its top, at rows of neither list (aria-busy placeholders) under the error, with the
// old list's count: what the user was reading was lost. Now, as in paged mode, the previous rows,
// count and scroll position stay until the new list answers, and the alert says they are the
// previous results; Retry then shows the new list from its top, focus on its first row.
beforeAll(storyProject.beforeAll);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const migration = numberedMigration;
const TOTAL = 1000;

/** Newest first, until another sort: that one fails while `failing`, else lists oldest first. */
function sortingSource(delay: number) {
  const state = { failing: true, firstSort: undefined as string | undefined };
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize, sort }) => {
      await wait(delay);
      const key = JSON.stringify(sort);
      state.firstSort ??= key;
      const other = key !== state.firstSort;
      if (other && state.failing) throw new MigrationLogError('Internal server error', { kind: 'http', status: 500 });
      const start = pageIndex * pageSize;
      const length = Math.max(0, Math.min(pageSize, TOTAL - start));
      const items = Array.from({ length }, (_, i) => migration(other ? TOTAL - 1 - start - i : start + i));
      return { items, total: TOTAL };
    },
    get: async (id) => migration(Number(id.slice(1))),
  };
  return { state, source };
}

const scrollView = (dataSource: MigrationLogDataSource) =>
  composeStory({ ...viewStories.Default, args: { ...viewStories.Default.args, dataSource, mode: scrollMode } }, meta);

/** Scrolled well down the first list, its rows loaded; returns the scroll area and the rows in view. */
async function scrolledDown(canvas: HTMLElement) {
  const area = canvas.querySelector<HTMLElement>('.mlv-table-scroll') as HTMLElement;
  await vi.waitFor(() => expect(canvas.querySelector('tr[data-index="0"][data-row-key="m0"]')).not.toBeNull());
  area.scrollTop = 5000;
  await vi.waitFor(() => expect(canvas.querySelector('tr[data-index="0"]')).toBeNull());
  await vi.waitFor(() => expect(canvas.querySelectorAll('tbody tr[aria-busy="true"]')).toHaveLength(0));
  // Until the virtualizer says the scroll has stopped.
  await wait(300);
  return area;
}

/**
 * Sorts by a column the list is not sorted by, from the keyboard. (A pointer click from the test
 * driver scrolls the sticky button's place into view first, which no user's click does.)
 */
async function sortByOther(canvas: HTMLElement) {
  (canvas.querySelector('.mlv-sort-button:not([data-sorted])') as HTMLElement).focus({ preventScroll: true });
  await userEvent.keyboard('{Enter}');
}

/** index → row key of the data rows rendered. */
const rowsShown = (canvas: HTMLElement) =>
  [...canvas.querySelectorAll<HTMLElement>('tbody tr[data-index]')].map((row) => [
    row.dataset.index,
    row.dataset.rowKey,
  ]);

it('scroll mode: a sort whose first chunk fails keeps the previous rows, count and place, and says so; Retry shows the new list', async () => {
  const { state, source } = sortingSource(20);
  await runStory(scrollView(source), async (canvas) => {
    const area = await scrolledDown(canvas);
    const table = canvas.querySelector('table') as HTMLElement;
    const before = rowsShown(canvas);
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));

    await sortByOther(canvas);
    const retry = await settledRetry(canvas, '.mlv-error-banner');
    expect(canvas.querySelector('.mlv-error-banner [role="alert"]')?.textContent?.trim()).toBe(
      'The migrations could not be loaded. Internal server error Showing the previous results.',
    );
    expect(area.scrollTop).toBe(5000);
    expect(rowsShown(canvas)).toEqual(before);
    expect(canvas.querySelectorAll('tbody tr[aria-busy="true"]')).toHaveLength(0);
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(table.getAttribute('aria-busy')).toBe('false');

    state.failing = false;
    retry.focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(canvas.querySelector('tr[data-index="0"]')?.getAttribute('data-row-key')).toBe(`m${TOTAL - 1}`),
    );
    expect(area.scrollTop).toBe(0);
    expect(canvas.querySelector('.mlv-error-banner')).toBeNull();
    // The banner left with the Retry button that had focus: focus goes to the new list's first row.
    await vi.waitFor(() => expect(document.activeElement).toBe(canvas.querySelector('tr[data-index="0"]')));
    await wait(100);
    expect(document.activeElement).toBe(canvas.querySelector('tr[data-index="0"]'));
  });
});

it('scroll mode: a row focused while a new sort loads keeps its place until the new list shows, then focus is on its first row', async () => {
  const { state, source } = sortingSource(300);
  state.failing = false;
  await runStory(scrollView(source), async (canvas) => {
    const area = await scrolledDown(canvas);
    const before = rowsShown(canvas);
    await sortByOther(canvas);
    // The old rows stay while the new list loads: one of them in view takes focus.
    const [index, rowKey] = before[Math.floor(before.length / 2)] ?? [];
    const row = canvas.querySelector<HTMLElement>(`tr[data-index="${index}"]`) as HTMLElement;
    expect(row.dataset.rowKey).toBe(rowKey);
    row.focus({ preventScroll: true });
    await wait(50);
    expect(area.scrollTop).toBe(5000);
    expect(rowsShown(canvas)).toEqual(before);
    // It stays the rows' tab stop, with focus: the old list is still the one shown.
    expect(document.activeElement).toBe(row);
    expect(row.tabIndex).toBe(0);
    await vi.waitFor(() =>
      expect(canvas.querySelector('tr[data-index="0"]')?.getAttribute('data-row-key')).toBe(`m${TOTAL - 1}`),
    );
    expect(area.scrollTop).toBe(0);
    await vi.waitFor(() => expect(document.activeElement).toBe(canvas.querySelector('tr[data-index="0"]')));
  });
});
