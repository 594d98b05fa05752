import { act, screen, waitFor } from '@testing-library/react';
import { StrictMode } from 'react';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import type { MigrationLogDataSource, MigrationLogRecord } from '../../../src/core/types.js';
import { renderWithClient } from '../../support/render.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';

// Focus follows its migration in scroll mode by moving the row keys (place plus a shift) during render.
// StrictMode renders twice: the shift must be counted once, or the row's element is replaced and
// focus falls to <body>.
fakeScrollLayout({ clientHeight: 450, scrollHeight: 10 * 45 });

function pushingSource(ids: string[]) {
  let items: MigrationLogRecord[] = ids.map((id, hour) => ({
    id,
    status: 'in-progress',
    startTime: `2026-11-28T0${9 - hour}:00:00Z`,
    progress: 40,
  }));
  const listeners = new Set<() => void>();
  const source: MigrationLogDataSource = {
    list: async () => ({ items, total: items.length }),
    get: async () => {
      throw new Error('not used');
    },
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const finish = (id: string) => {
    items = items.filter((item) => item.id !== id);
    act(() => {
      for (const listener of listeners) listener();
    });
  };
  return { source, finish };
}

const row = (id: string) => document.querySelector<HTMLElement>(`tr[data-row-key="${id}"]`);

/** Scroll mode in StrictMode over a-e, with keyboard focus on c's row. */
async function focusRowC() {
  const { source, finish } = pushingSource(['a', 'b', 'c', 'd', 'e']);
  renderWithClient(
    <StrictMode>
      <MigrationLogTable mode={scrollMode} dataSource={source} timeZone="UTC" locale="en-US" />
    </StrictMode>,
  );
  await waitFor(() => expect(row('c')).not.toBeNull());
  const focused = row('c') as HTMLElement;
  act(() => focused.focus());
  return { focused, finish };
}

it('scroll mode in StrictMode: focus follows its migration across refreshes that move it', async () => {
  const { focused, finish } = await focusRowC();
  finish('b');
  await waitFor(() => expect(row('b')).toBeNull());
  expect(document.activeElement).toBe(focused);
  expect(focused).toHaveAttribute('aria-rowindex', '3');
  finish('a');
  await waitFor(() => expect(row('a')).toBeNull());
  expect(document.activeElement).toBe(focused);
  expect(focused).toHaveAttribute('aria-rowindex', '2');
  expect(focused.tabIndex).toBe(0);
});

it('scroll mode in StrictMode: a focused migration gone from the list leaves focus on its place and says so', async () => {
  const { focused, finish } = await focusRowC();
  finish('c');
  await waitFor(() => expect(row('c')).toBeNull());
  expect(document.activeElement).toBe(focused);
  expect(focused.dataset.rowKey).toBe('d');
  const said = () => screen.getAllByRole('status').map((status) => status.textContent);
  await waitFor(() =>
    expect(said()).toContain(
      'The migration in focus moved elsewhere in the list or left it; this row now shows the migration started Nov 28, 2026, 6:00 AM.',
    ),
  );
  // Moving on clears it, so the next such change is heard as a change.
  act(() => row('e')?.focus());
  await waitFor(() => expect(said().filter((text) => text?.startsWith('The migration in focus'))).toEqual([]));
});
