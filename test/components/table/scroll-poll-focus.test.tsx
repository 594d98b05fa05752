import { act, screen, waitFor } from '@testing-library/react';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import type { MigrationLogDataSource, MigrationLogRecord } from '../../../src/core/types.js';
import { renderWithClient } from '../../support/render.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';

// A polling host (no `subscribe`) in scroll mode: each chunk used to refresh on its own, and only
// while it showed an active migration. A new migration on top pushed the focused row into a chunk
// that did not refresh: the view found it in no loaded row and announced that it had moved
// elsewhere or left the list, while it was simply one row down.
fakeScrollLayout({ clientHeight: 450, scrollHeight: 10 * 45 });

const migration = (id: string, hour: number, active = false): MigrationLogRecord => ({
  id,
  status: active ? 'in-progress' : 'completed',
  startTime: `2026-11-28T${String(hour).padStart(2, '0')}:00:00Z`,
  generatedBy: `user-${id}`,
  progress: active ? 40 : 100,
});

function pollingSource(initial: MigrationLogRecord[]) {
  const server = { items: initial };
  const source: MigrationLogDataSource = {
    list: async ({ pageIndex, pageSize }) => ({
      items: server.items.slice(pageIndex * pageSize, (pageIndex + 1) * pageSize),
      total: server.items.length,
    }),
    get: async () => {
      throw new Error('not used');
    },
  };
  return { source, server };
}

const row = (id: string) => document.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);
const said = () => screen.getAllByRole('status').map((status) => status.textContent ?? '');

it('scroll mode, polling: focus follows a row pushed into the next chunk, with no "moved elsewhere"', async () => {
  // Chunks of two: [a b] [c d] [e]; only a is active.
  const { source, server } = pollingSource([
    migration('a', 9, true),
    migration('b', 8),
    migration('c', 7),
    migration('d', 6),
    migration('e', 5),
  ]);
  renderWithClient(
    <MigrationLogTable
      mode={scrollMode}
      dataSource={source}
      scrollPageSize={2}
      refreshInterval={1000}
      timeZone="UTC"
      locale="en-US"
    />,
  );
  await waitFor(() => expect(row('e')).not.toBeNull());
  const focused = row('b') as HTMLElement;
  act(() => focused.focus());
  expect(focused).toHaveAttribute('aria-rowindex', '3');

  server.items = [migration('n', 10, true), ...server.items];
  await waitFor(() => expect(row('n')).not.toBeNull(), { timeout: 3000 });
  await waitFor(() => expect(document.activeElement).toHaveAttribute('data-row-key', 'b'));
  expect(document.activeElement).toHaveAttribute('aria-rowindex', '4');
  expect(said().filter((text) => text.startsWith('The migration in focus'))).toEqual([]);
  // Every row once, in the server's order.
  const keys = [...document.querySelectorAll<HTMLElement>('tr[data-row-key]')].map((tr) => tr.dataset.rowKey);
  expect(keys).toEqual(['n', 'a', 'b', 'c', 'd', 'e']);
});
