import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationLogDataSource, MigrationLogDetailsRecord, MigrationLogRecord } from '../../src/core/types.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';
import { tenRowView } from './support/ten-row-view.js';

// The pager's "Page X of N" is a status region: a page turn, the first load, and a filter or page
// size the user set are heard through it. A background refresh that only brought new migrations
// changed N too, and a screen reader said "Page 1 of 5" though the user did nothing; with live
// updates that repeats (WCAG 4.1.3 is for results of the user's actions, not chatter).
beforeAll(storyProject.beforeAll);

const record = (i: number): MigrationLogRecord => ({
  id: `m${i}`,
  status: 'in-progress',
  startTime: new Date(Date.UTC(2026, 10, 28, 9) - i * 60_000).toISOString(),
  generatedBy: `user-${i}`,
  cutoverDate: '2026-01-01',
  progress: 40,
});

/** `count` migrations, filtered by `search` on who started them; `setCount` changes how many and pushes it. */
function growingSource(count: number) {
  let items = Array.from({ length: count }, (_, i) => record(i));
  const listeners = new Set<() => void>();
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize, filter }) => {
      const matching = items.filter((item) => item.generatedBy?.includes(filter.search ?? ''));
      return { items: matching.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize), total: matching.length };
    },
    get: async (id) => items.find((item) => item.id === id) as MigrationLogDetailsRecord,
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const setCount = (next: number) => {
    items = Array.from({ length: next }, (_, i) => record(i));
    for (const listener of listeners) listener();
  };
  return { source, setCount };
}

const pageText = (canvas: HTMLElement) => canvas.querySelector('.mlv-pagination__page')?.textContent;
const settle = () => new Promise((resolve) => setTimeout(resolve, 100));

/** Records what the pager says while `act` runs and settles. */
async function pagerSays(canvas: HTMLElement, act: () => Promise<void>): Promise<string[]> {
  const { said, stop } = recordAnnouncements(canvas);
  await act();
  await settle();
  stop();
  // "Refreshing…" and the like come from the status bar.
  return said.filter((text) => text.startsWith('Page'));
}

/** The view over `count` migrations, ten a page, once its first page shows. */
async function withPagedView(
  count: number,
  check: (canvas: HTMLElement, setCount: (n: number) => void) => Promise<void>,
) {
  const { source, setCount } = growingSource(count);
  const story = tenRowView(source);
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m0"]')).not.toBeNull());
    await settle();
    await check(canvas, setCount);
  });
}

it('paged: the first load is announced', async () => {
  const { source } = growingSource(40);
  const story = tenRowView(source);
  const { said, stop } = recordAnnouncements(document.body);
  await runStory(story, async (canvas) => {
    await vi.waitFor(() => expect(pageText(canvas)).toBe('Page 1 of 4'));
    await settle();
  });
  stop();
  expect(said).toContain('Page 1 of 4');
});

it('paged: a refresh that only changes the page count is shown, not announced', async () => {
  await withPagedView(40, async (canvas, setCount) => {
    const said = await pagerSays(canvas, async () => {
      setCount(41);
      await vi.waitFor(() => expect(pageText(canvas)).toBe('Page 1 of 5'));
    });
    expect(said).toEqual([]);
  });
});

it('paged: a page turn is announced, and the count a refresh changes after it is not', async () => {
  await withPagedView(40, async (canvas, setCount) => {
    const turn = await pagerSays(canvas, async () => {
      await userEvent.click(canvas.querySelector('[aria-label="Next page"]') as HTMLElement);
      await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m10"]')).not.toBeNull());
    });
    expect(turn).toEqual(['Page 2 of 4']);
    const refresh = await pagerSays(canvas, async () => {
      setCount(51);
      await vi.waitFor(() => expect(pageText(canvas)).toBe('Page 2 of 6'));
    });
    expect(refresh).toEqual([]);
  });
});

it('paged: after a quiet refresh of the count, the next page turn is announced', async () => {
  await withPagedView(40, async (canvas, setCount) => {
    setCount(41);
    await vi.waitFor(() => expect(pageText(canvas)).toBe('Page 1 of 5'));
    await settle();
    const said = await pagerSays(canvas, async () => {
      await userEvent.click(canvas.querySelector('[aria-label="Next page"]') as HTMLElement);
      await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m10"]')).not.toBeNull());
    });
    expect(said).toEqual(['Page 2 of 5']);
  });
});

it('paged: the count a filter or a page size brings is announced: it is their result', async () => {
  await withPagedView(40, async (canvas) => {
    const search = canvas.querySelector('input[type="search"]') as HTMLElement;
    const filtered = await pagerSays(canvas, async () => {
      // user-1 and user-10 to user-19.
      await userEvent.type(search, 'user-1{Enter}');
      await vi.waitFor(() => expect(pageText(canvas)).toBe('Page 1 of 2'));
    });
    expect(filtered).toEqual(['Page 1 of 2']);
    const sized = await pagerSays(canvas, async () => {
      await userEvent.selectOptions(canvas.querySelector('.mlv-pagination select') as HTMLElement, '25');
      await vi.waitFor(() => expect(pageText(canvas)).toBe('Page 1 of 1'));
    });
    expect(sized).toEqual(['Page 1 of 1']);
  });
});

it('paged: a refresh that takes away the page shown announces the page the user is moved to', async () => {
  await withPagedView(40, async (canvas, setCount) => {
    await userEvent.click(canvas.querySelector('[aria-label="Last page"]') as HTMLElement);
    await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m30"]')).not.toBeNull());
    await settle();
    const said = await pagerSays(canvas, async () => {
      setCount(25);
      await vi.waitFor(() => expect(canvas.querySelector('tr[data-row-key="m20"]')).not.toBeNull());
    });
    expect(said).toEqual(['Page 3 of 3']);
  });
});

/** An active migration whose warnings grow: `setCount` changes how many and pushes the change. */
function growingIssues(count: number) {
  let total = count;
  const listeners = new Set<() => void>();
  const migration: MigrationLogDetailsRecord = { ...record(0), issueCounts: { warnings: count } };
  const source: MigrationLogDataSource = {
    list: async () => ({ items: [migration], total: 1 }),
    get: async () => ({ ...migration, issueCounts: { warnings: total } }),
    listIssues: async (_id, { pageIndex, pageSize }) => ({
      items: Array.from({ length: Math.max(0, Math.min(pageSize, total - pageIndex * pageSize)) }, (_, i) => ({
        level: 'warning',
        message: `Record skipped: missing customer ${pageIndex * pageSize + i}.`,
        object: 'Subscriptions',
        recordKey: `SUB-${pageIndex * pageSize + i}`,
      })),
      total,
    }),
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const setCount = (next: number) => {
    total = next;
    for (const listener of listeners) listener();
  };
  return { source, setCount };
}

it('details: issues a refresh adds during a migration change the page count quietly; a page turn is heard', async () => {
  const { source, setCount } = growingIssues(40);
  const story = composeStory({ args: { dataSource: source, migrationId: 'm0', issuesPageSize: 10 } }, dialogMeta);
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__issue-pager');
    const issuePage = () => dialog.querySelector('.mlv-details__issue-pager [role="status"]')?.textContent;
    await vi.waitFor(() => expect(issuePage()).toBe('Page 1 of 4'));
    await settle();
    const refresh = await pagerSays(dialog, async () => {
      setCount(41);
      await vi.waitFor(() => expect(issuePage()).toBe('Page 1 of 5'));
    });
    expect(refresh).toEqual([]);
    const turn = await pagerSays(dialog, async () => {
      await userEvent.click(
        [...dialog.querySelectorAll<HTMLElement>('.mlv-details__issue-pager button')].at(-1) as HTMLElement,
      );
      await vi.waitFor(() =>
        expect(dialog.querySelector('.mlv-details__issue-list li')?.textContent).toContain('SUB-10'),
      );
    });
    expect(turn).toEqual(['Page 2 of 5']);
  });
});
