import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import type { MigrationLogDataSource } from '../../src/core/types.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { numberedMigration } from './support/numbered-migration.js';
import { runStory, storyProject } from './support/run-story.js';

// Scroll mode places rows by position, chunk by chunk. A chunk that answered with fewer rows than
// asked left the places past its last row to no answer at all: they stayed loading placeholders
// (aria-busy) for ever, with nothing on screen to say why. Now such a chunk ends the list at its
// last row, and the footer says how many of the total are shown.
beforeAll(storyProject.beforeAll);

const migration = numberedMigration;
const get: MigrationLogDataSource['get'] = async (id) => migration(Number(id.slice(1)));

const rowAt = (canvas: HTMLElement, index: number) => canvas.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
const placeholders = (canvas: HTMLElement) => canvas.querySelectorAll('tbody tr[aria-busy="true"]');

async function withScrollView(dataSource: MigrationLogDataSource, check: (canvas: HTMLElement) => Promise<void>) {
  const story = composeStory(
    { ...viewStories.Default, args: { ...viewStories.Default.args, dataSource, mode: scrollMode } },
    meta,
  );
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(rowAt(canvas, 0)?.dataset.rowKey).toBeTruthy());
    await check(canvas);
  });
}

it('scroll mode: a chunk with fewer rows than the total promises ends the list there, and the footer says so', async () => {
  // Counts 1,000 but sends 30 in its first chunk of 100.
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize }) => {
      const start = pageIndex * pageSize;
      const length = pageIndex === 0 ? 30 : pageSize;
      return { items: Array.from({ length }, (_, i) => migration(start + i)), total: 1000 };
    },
    get,
  };
  await withScrollView(source, async (canvas) => {
    rowAt(canvas, 0)?.focus();
    await userEvent.keyboard('{End}');
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 29)));
    expect(rowAt(canvas, 29)?.dataset.rowKey).toBe('m29');
    expect(rowAt(canvas, 30)).toBeNull();
    expect(placeholders(canvas)).toHaveLength(0);
    expect(canvas.querySelector('.mlv-table-footer')?.textContent).toContain('Showing the first 30 of 1,000.');
  });
});

it('scroll mode: a list without totals that gets shorter under the user ends at its new last row', async () => {
  let count = 1000;
  const listeners = new Set<() => void>();
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize }) => {
      const start = pageIndex * pageSize;
      const length = Math.max(0, Math.min(pageSize, count - start));
      return { items: Array.from({ length }, (_, i) => migration(start + i)), hasNextPage: start + length < count };
    },
    get,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  await withScrollView(source, async (canvas) => {
    rowAt(canvas, 0)?.focus();
    // Without a total, End goes to the last row known so far, and the chunks loaded there say
    // whether more follow: a few presses to the 1,000th row.
    const focusedRow = () => document.activeElement as HTMLElement;
    for (let press = 0; press < 10 && focusedRow().dataset.index !== '999'; press++) {
      const from = focusedRow();
      await userEvent.keyboard('{End}');
      await vi.waitFor(() => expect(focusedRow()).not.toBe(from));
      await vi.waitFor(() => expect(focusedRow().dataset.rowKey).toBeTruthy());
    }
    expect(focusedRow()).toBe(rowAt(canvas, 999));
    expect(focusedRow().dataset.rowKey).toBe('m999');
    count = 300;
    for (const listener of listeners) listener();
    // The chunks from the end back to the new one answer one by one as the list shortens.
    await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, 299)), { timeout: 5000 });
    await vi.waitFor(() => expect(rowAt(canvas, 299)?.dataset.rowKey).toBe('m299'));
    // Rows 300 on, cached from before, stay until their chunk answers again.
    await vi.waitFor(() => expect(rowAt(canvas, 300)).toBeNull());
    expect(document.activeElement).toBe(rowAt(canvas, 299));
    expect(placeholders(canvas)).toHaveLength(0);
  });
});
