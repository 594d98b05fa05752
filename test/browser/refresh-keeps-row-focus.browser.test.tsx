import { composeStory } from '@storybook/react-vite';
import type { MigrationLogRecord } from '../../src/core/types.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { activeMigration, pushingSource } from './support/pushing-source.js';
import { runStory, storyProject } from './support/run-story.js';

// A view filtered to active migrations: one that completes leaves the list on the next refresh. With
// focus in its row, focus fell to <body> and a keyboard user started over from the top (WCAG 2.4.3).
beforeAll(storyProject.beforeAll);

/**
 * Four active migrations, an hour apart; `finish` completes one and pushes the change, `restart`
 * gives one the oldest start time, so it moves to the end of the list.
 */
function activeSource() {
  const { source, change } = pushingSource(['a', 'b', 'c', 'd'].map((id, hour) => activeMigration(id, hour * 60)));
  const finish = (id: string) => change((all) => all.filter((item) => item.id !== id));
  const restart = (id: string) =>
    change((all) => [
      ...all.filter((item) => item.id !== id),
      { ...(all.find((item) => item.id === id) as MigrationLogRecord), startTime: '2026-11-27T00:00:00Z' },
    ]);
  return { source, finish, restart };
}

const rowOf = (canvas: HTMLElement, id: string) => canvas.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
const details = (row: HTMLElement | null) => row?.querySelector<HTMLElement>('.mlv-row-actions__details');
const badge = (row: HTMLElement | null) => row?.querySelector<HTMLElement>('.mlv-status-badge');

async function withView(check: (canvas: HTMLElement, change: ReturnType<typeof activeSource>) => Promise<void>) {
  const change = activeSource();
  const { source } = change;
  const story = composeStory(
    { ...viewStories.Default, args: { ...viewStories.Default.args, dataSource: source } },
    meta,
  );
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(rowOf(canvas, 'd')).not.toBeNull());
    await check(canvas, change);
  });
}

it('paged: a refresh that removes the row holding focus moves focus to the same control of the row now in its place', async () => {
  await withView(async (canvas, { finish }) => {
    details(rowOf(canvas, 'b'))?.focus();
    finish('b');
    await vi.waitFor(() => expect(rowOf(canvas, 'b')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(details(rowOf(canvas, 'c'))));
  });
});

it('paged: the focused last row removed, focus goes to the new last row; a focused badge to its badge', async () => {
  await withView(async (canvas, { finish }) => {
    badge(rowOf(canvas, 'd'))?.focus();
    finish('d');
    await vi.waitFor(() => expect(rowOf(canvas, 'd')).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(badge(rowOf(canvas, 'c'))));
  });
});

it('paged: focus moved out of the table on purpose is not pulled back when its old row goes', async () => {
  await withView(async (canvas, { finish }) => {
    details(rowOf(canvas, 'b'))?.focus();
    (document.activeElement as HTMLElement).blur();
    finish('b');
    await vi.waitFor(() => expect(rowOf(canvas, 'b')).toBeNull());
    // Give a wrong move its chance to happen.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(document.activeElement).toBe(document.body);
  });
});

it('paged: a refresh that moves the focused row elsewhere in the list keeps focus on its control', async () => {
  await withView(async (canvas, { restart }) => {
    const button = details(rowOf(canvas, 'a'));
    button?.focus();
    restart('a');
    await vi.waitFor(() => expect(rowOf(canvas, 'a')?.nextElementSibling).toBeNull());
    await vi.waitFor(() => expect(document.activeElement).toBe(button));
  });
});
