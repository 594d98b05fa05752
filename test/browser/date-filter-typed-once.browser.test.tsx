import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationLogDataSource, MigrationLogQuery } from '../../src/core/types.js';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { demoSource } from '../../stories/support/story-data.js';
import { recordAnnouncements } from './support/announcements.js';
import { runStory, storyProject } from './support/run-story.js';

// Chromium reports every keystroke of a typed year as a date: 2, 20, 202, 2024 arrive as the years
// 0002, 0020 and 0202 first. Each was a filter: four queries, and the pager said a page count for
// each. A typed date is sent once typing pauses; Enter and leaving the field send it at once.
beforeAll(storyProject.beforeAll);

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The demo source, recording the start bound of each list query that has one. */
function recordingSource(): { source: MigrationLogDataSource; froms: string[] } {
  const inner = demoSource();
  const froms: string[] = [];
  const source: MigrationLogDataSource = {
    list: (query: MigrationLogQuery, ctx) => {
      if (query.filter.startedFrom) froms.push(query.filter.startedFrom);
      return inner.list(query, ctx);
    },
    get: (id, ctx) => inner.get(id, ctx),
  };
  return { source, froms };
}

/** The keys that type `month`/`day`/`year` into a date input, in the browser locale's field order. */
function keysFor(year: string, month: string, day: string): string {
  const digits: Record<string, string> = { year, month, day };
  const parts = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    new Date(2024, 10, 3),
  );
  return parts.map((part) => digits[part.type] ?? '').join('');
}

async function fromInput(canvasElement: HTMLElement): Promise<HTMLInputElement> {
  return vi.waitFor(() => {
    const found = canvasElement.querySelector<HTMLInputElement>('.mlv-date-range input[type="date"]');
    if (!found || !canvasElement.querySelector('tbody tr td')) throw new Error('no rows yet');
    return found;
  });
}

it('sends a date typed digit by digit once, and the pager says one page count', async () => {
  const { source, froms } = recordingSource();
  const story = composeStory(
    { ...tableStories.Default, args: { ...tableStories.Default.args, dataSource: source } },
    meta,
  );
  await runStory(story, async (canvasElement) => {
    const from = await fromInput(canvasElement);
    await wait(150);
    const { said, stop } = recordAnnouncements(canvasElement);
    from.focus();
    await userEvent.keyboard(keysFor('2024', '11', '03'));
    await vi.waitFor(() => expect(froms).toHaveLength(1));
    await wait(600);
    stop();
    expect(from.value).toBe('2024-11-03');
    expect(froms).toEqual(['2024-11-03T00:00:00.000Z']);
    expect(said.filter((text) => text.startsWith('Page'))).toHaveLength(1);
  });
});

it('sends a typed date at once on Enter, and on leaving the field', async () => {
  const { source, froms } = recordingSource();
  // Only Enter and leaving the field can send within the test.
  const args = { ...tableStories.Default.args, dataSource: source, searchDebounceMs: 60_000 };
  await runStory(composeStory({ ...tableStories.Default, args }, meta), async (canvasElement) => {
    const from = await fromInput(canvasElement);
    from.focus();
    await userEvent.keyboard(keysFor('2024', '11', '03'));
    await wait(100);
    expect(froms).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(froms).toEqual(['2024-11-03T00:00:00.000Z']));
    // One up on the field typed last, then Tab past the calendar button to "Started to".
    await userEvent.keyboard('{ArrowUp}');
    const changed = `${from.value}T00:00:00.000Z`;
    expect(changed).not.toBe('2024-11-03T00:00:00.000Z');
    await wait(100);
    expect(froms).toHaveLength(1);
    await userEvent.keyboard('{Tab}{Tab}');
    await vi.waitFor(() => expect(froms).toEqual(['2024-11-03T00:00:00.000Z', changed]));
  });
});
