import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import type { MigrationLogDataSource, MigrationLogRecord } from '../../src/core/types.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { runStory, storyProject } from './support/run-story.js';

// Scroll mode follows the focused migration when a refresh moves it, but only through the rows it has
// loaded. A migration pushed past them (300 new ones above it, with chunks of 100), or gone from the
// list, left focus on its place, which then showed another migration without a word: a screen reader
// user heard nothing and might press Enter on the wrong one. And a chunk answering after its
// neighbours made the view give up on a migration that had only moved into that chunk.
beforeAll(storyProject.beforeAll);

const rowAt = (canvas: HTMLElement, index: number) => canvas.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
const rowOf = (canvas: HTMLElement, id: string) => canvas.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
const focusedRow = () => document.activeElement?.closest<HTMLElement>('tr');
/** How the row names its migration: its details button's name, less "View details of the ". */
const named = (row: HTMLElement | null | undefined) =>
  row?.querySelector('.mlv-row-actions__details')?.getAttribute('aria-label')?.replace('View details of the ', '');

/** Migrations `ids`, newest first; `start` and `finish` push a change; `delays` holds back a chunk's answers (ms by page index). */
function source(ids: string[]) {
  const pushing = pushingSource(ids.map((id, minute) => activeMigration(id, minute)));
  const delays = new Map<number, number>();
  const list: MigrationLogDataSource['list'] = async (query, ctx) => {
    await new Promise((resolve) => setTimeout(resolve, delays.get(query.pageIndex) ?? 0));
    return pushing.source.list(query, ctx);
  };
  /** `count` new migrations started after the first one, so they come in right below it. */
  const start = (count: number) =>
    pushing.change(([first, ...rest]) => [
      first as MigrationLogRecord,
      ...Array.from({ length: count }, (_, i) => activeMigration(`n${i}`, (i + 1) / (count + 1))),
      ...rest,
    ]);
  const finish = (id: string) => pushing.change((all) => all.filter((item) => item.id !== id));
  return { dataSource: { ...pushing.source, list }, start, finish, delays };
}

async function withScrollView(
  data: ReturnType<typeof source>,
  check: (canvas: HTMLElement) => Promise<void>,
  scrollPageSize?: number,
) {
  const args = { ...viewStories.Default.args, dataSource: data.dataSource, mode: scrollMode, scrollPageSize };
  const story = composeStory({ ...viewStories.Default, args }, meta);
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(rowAt(canvas, 0)?.dataset.rowKey).toBeTruthy());
    await check(canvas);
  });
}

async function focusRow(canvas: HTMLElement, index: number) {
  rowAt(canvas, 0)?.focus();
  for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
  await vi.waitFor(() => expect(document.activeElement).toBe(rowAt(canvas, index)));
}

it('scroll mode: the focused migration pushed past every loaded row, focus stays on its place and the user is told', async () => {
  const data = source(Array.from({ length: 400 }, (_, i) => `m${i}`));
  await withScrollView(data, async (canvas) => {
    await focusRow(canvas, 5);
    const row = rowOf(canvas, 'm5');
    const said = recordAnnouncements(canvas);
    // 300 new migrations above it: it is now row 306, in a chunk (of 100) nobody asked for.
    data.start(300);
    await vi.waitFor(() => expect(row?.dataset.rowKey).toBe('n4'));
    // Not a jump to a place the view cannot know; its place keeps focus, on the same element.
    expect(document.activeElement).toBe(row);
    expect(row).toHaveAttribute('aria-rowindex', '7');
    expect(area(canvas).scrollTop).toBe(0);
    await vi.waitFor(() =>
      expect(said.said).toContain(
        `The migration in focus moved elsewhere in the list or left it; this row now shows the ${named(row)}.`,
      ),
    );
    said.stop();
    // The keyboard goes on from there, and a new move is not announced again.
    await userEvent.keyboard('{ArrowDown}');
    await vi.waitFor(() => expect(focusedRow()?.dataset.rowKey).toBe('n5'));
  });
});

it('scroll mode: the focused migration gone from a fully loaded list, focus stays on its place and the user is told', async () => {
  const data = source(['a', 'b', 'c', 'd', 'e']);
  await withScrollView(data, async (canvas) => {
    await focusRow(canvas, 2);
    const row = rowAt(canvas, 2);
    const said = recordAnnouncements(canvas);
    data.finish('c');
    await vi.waitFor(() => expect(rowOf(canvas, 'c')).toBeNull());
    expect(document.activeElement).toBe(row);
    expect(focusedRow()?.dataset.rowKey).toBe('d');
    await vi.waitFor(() =>
      expect(said.said).toContain(
        `The migration in focus moved elsewhere in the list or left it; this row now shows the ${named(row)}.`,
      ),
    );
    said.stop();
  });
});

it('scroll mode: a migration moved into a chunk that answers the refresh later than the others is followed there', async () => {
  const data = source(Array.from({ length: 60 }, (_, i) => `m${i}`));
  // Chunks of 10: the view has several loaded, each refreshed by its own request.
  await withScrollView(
    data,
    async (canvas) => {
      await focusRow(canvas, 5);
      const row = rowOf(canvas, 'm5');
      const said = recordAnnouncements(canvas);
      // Its new chunk (rows 10-19) answers last: until then it holds the rows from before.
      data.delays.set(1, 400);
      data.start(10);
      await vi.waitFor(() => expect(rowOf(canvas, 'n9')).not.toBeNull());
      await vi.waitFor(() => expect(row).toHaveAttribute('aria-rowindex', '17'), { timeout: 3000 });
      expect(document.activeElement).toBe(row);
      expect(row?.dataset.rowKey).toBe('m5');
      expect(said.said.filter((text) => text.startsWith('The migration in focus'))).toEqual([]);
      said.stop();
    },
    10,
  );
});

const area = (canvas: HTMLElement) => canvas.querySelector<HTMLElement>('.mlv-table-scroll') as HTMLElement;
