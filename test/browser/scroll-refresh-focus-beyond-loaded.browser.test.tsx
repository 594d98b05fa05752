import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { scrollMode } from '../../src/components/table/scroll-mode.js';
import type { MigrationLogDataSource, MigrationLogRecord } from '../../src/core/types.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { runStory, storyProject } from './support/run-story.js';

// Scroll mode follows the focused migration when a refresh moves it, through the rows it has loaded.
// A chunk answering the refresh after its neighbours made the view give up on a migration that had
// only moved into that chunk: focus stayed on its place, which showed another migration.
beforeAll(storyProject.beforeAll);

const rowAt = (canvas: HTMLElement, index: number) => canvas.querySelector<HTMLElement>(`tr[data-index="${index}"]`);
const rowOf = (canvas: HTMLElement, id: string) => canvas.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);

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
