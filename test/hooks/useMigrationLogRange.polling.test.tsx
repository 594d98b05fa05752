import { act, renderHook } from '@testing-library/react';
import { DEFAULT_QUERY } from '../../src/core/query.js';
import type { MigrationLogQuery, MigrationLogRecord } from '../../src/core/types.js';
import { useMigrationLogRange } from '../../src/hooks/useMigrationLogRange.js';
import { fakeSource, record, resetVisibility, setVisibility, testClient, withClient } from './helpers.js';

// Scroll mode over a source that does not push (no `subscribe`) polls while a loaded chunk shows an
// active migration. Each chunk polled on its own timer, and only while it showed an active row
// itself: a row moving from one chunk to the next (new migrations on top) was then missing from
// both, or shown in both, until the other chunk happened to refresh, which could be never.

const advance = (ms: number) =>
  act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
    await vi.advanceTimersByTimeAsync(10);
  });

const running = (id: string) => record(id, { status: 'In progress', endTime: null, progress: 40 });

/** A polling host's server over `initial`, in the order given; `items` may be replaced at any time. */
function pollingSource(initial: MigrationLogRecord[]) {
  const server = { items: initial };
  const fake = fakeSource(async ({ pageIndex, pageSize }: MigrationLogQuery) => ({
    items: server.items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize),
    total: server.items.length,
  }));
  return { ...fake, server };
}

function renderRange(source: ReturnType<typeof pollingSource>['source'], end: number) {
  return renderHook(
    ({ end: last }) =>
      useMigrationLogRange({ dataSource: source, query: DEFAULT_QUERY, range: { start: 0, end: last }, pageSize: 2 }),
    { wrapper: withClient(testClient()), initialProps: { end } },
  );
}

const shownIds = (result: { current: ReturnType<typeof useMigrationLogRange> }) =>
  Array.from({ length: result.current.count }, (_, i) => result.current.rowAt(i)?.id);

describe('useMigrationLogRange polling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    resetVisibility();
  });

  it('refreshes every loaded chunk together: a row pushed into the next chunk is neither lost nor doubled', async () => {
    // Chunks of two: [a b] [c d] [e]; only a is active, so only the first chunk used to poll.
    const { source, server } = pollingSource([running('a'), record('b'), record('c'), record('d'), record('e')]);
    const { result } = renderRange(source, 5);
    await advance(0);
    expect(shownIds(result)).toEqual(['a', 'b', 'c', 'd', 'e']);
    // A new migration starts: every row moves down one place, b into the second chunk.
    server.items = [running('n'), ...server.items];
    await advance(5000);
    expect(shownIds(result)).toEqual(['n', 'a', 'b', 'c', 'd', 'e']);
  });

  it('keeps one clock for the range: a chunk loaded later refreshes with the others, not on its own timer', async () => {
    const { source, server, list } = pollingSource(['a', 'b', 'c', 'd'].map(running));
    const { result, rerender } = renderRange(source, 1);
    await advance(0);
    // The second chunk comes into view 2.5 s later.
    await advance(2500);
    rerender({ end: 3 });
    await advance(0);
    expect(shownIds(result)).toEqual(['a', 'b', 'c', 'd']);
    server.items = [running('n'), ...server.items];
    // First tick of the range's clock, 5 s after the first chunk: both chunks answer the same list
    // (d moved to the third chunk, out of range).
    await advance(2500);
    expect(shownIds(result).slice(0, 4)).toEqual(['n', 'a', 'b', 'c']);
    // One request per chunk in range per tick, nothing more.
    const calls = list.mock.calls.length;
    await advance(5000);
    expect(list.mock.calls.length - calls).toBe(2);
  });

  it('polls only while a loaded chunk shows an active migration, and never while the page is hidden', async () => {
    const { source, server, list } = pollingSource([running('a'), record('b'), record('c')]);
    renderRange(source, 3);
    await advance(0);
    expect(list).toHaveBeenCalledTimes(2);
    setVisibility('hidden');
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(2);
    setVisibility('visible');
    server.items = [record('a'), record('b'), record('c')];
    await advance(5000);
    expect(list).toHaveBeenCalledTimes(4);
    // Nothing active any more: no more requests.
    await advance(30_000);
    expect(list).toHaveBeenCalledTimes(4);
  });
});
