import { QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import type { MigrationLogQuery } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { tabTo } from '../../support/keyboard.js';
import { renderWithClient } from '../../support/render.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const logs = generateMigrationLogs({ count: 40, seed: 5, now: NOW });
const source = createInMemoryDataSource(logs, { now: () => NOW });
const query = (pageIndex: number, direction: 'asc' | 'desc' = 'desc'): MigrationLogQuery => ({
  pageIndex,
  pageSize: 10,
  sort: { field: 'startTime', direction },
  filter: {},
});
// Scroll mode: a ten-row viewport over the longest list here (40 rows of 45 px).
fakeScrollLayout({ clientHeight: 450, scrollHeight: 40 * 45 });

const firstRowKey = () => document.querySelector<HTMLElement>('tr[data-row-key]')?.dataset.rowKey;
const rowOf = (key: string) =>
  [...document.querySelectorAll<HTMLElement>('tr[data-row-key]')].find((row) => row.dataset.rowKey === key);

/**
 * Opens the first row's details from the keyboard, then re-sorts behind the dialog (as a host's URL
 * or a refresh would), so another migration now sits where the opener was; then closes.
 */
async function openThenResort(props: Parameters<typeof MigrationLogView>[0], opener: () => Promise<HTMLElement>) {
  const user = userEvent.setup();
  const view = renderWithClient(<MigrationLogView {...props} query={query(0)} />);
  const from = await opener();
  const openedKey = firstRowKey() as string;
  await tabTo(user, from);
  await user.keyboard('{Enter}');
  await screen.findByRole('dialog', { name: 'Migration log details' });
  view.rerender(
    <QueryClientProvider client={view.client}>
      <MigrationLogView {...props} query={query(0, 'asc')} />
    </QueryClientProvider>,
  );
  await waitFor(() => expect(firstRowKey()).not.toBe(openedKey));
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  return { openedKey, from };
}

describe('MigrationLogView focus on close', () => {
  it('keeps focus in the list when the row that opened the dialog is gone (a refresh or a scroll took it away)', async () => {
    const user = userEvent.setup();
    const props = { dataSource: source, now: NOW, timeZone: 'UTC', onQueryChange: () => {} };
    const view = renderWithClient(<MigrationLogView {...props} query={query(0)} />);
    const [opener] = await screen.findAllByRole('button', { name: /^View details of/ });
    if (!opener) throw new Error('no rows');
    const openerKey = firstRowKey();
    await tabTo(user, opener);
    await user.keyboard('{Enter}');
    await screen.findByRole('dialog', { name: 'Migration log details' });

    // Behind the dialog the host shows other rows (as its URL or a live refresh would): the opener unmounts.
    view.rerender(
      <QueryClientProvider client={view.client}>
        <MigrationLogView {...props} query={query(1)} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(firstRowKey()).not.toBe(openerKey));
    expect(opener.isConnected).toBe(false);
    expect(screen.getByRole('dialog')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const first = document.querySelector('tr[data-row-key] .mlv-row-actions__details');
    await waitFor(() => expect(document.activeElement).toBe(first));
  });

  it('scroll mode: returns to the row of the migration opened, not to the row now in its place', async () => {
    const few = createInMemoryDataSource(generateMigrationLogs({ count: 8, seed: 5, now: NOW }), { now: () => NOW });
    const props = { dataSource: few, now: NOW, timeZone: 'UTC', onQueryChange: () => {}, mode: scrollMode };
    const { openedKey, from } = await openThenResort(props, async () => {
      await screen.findAllByRole('button', { name: /^View details of/ });
      return document.querySelector<HTMLElement>('tr[data-index="0"]') as HTMLElement;
    });
    // Rows are keyed by position: the opener is still there, showing another migration.
    expect(from.isConnected).toBe(true);
    expect(from.dataset.rowKey).not.toBe(openedKey);
    await waitFor(() => expect(document.activeElement).toBe(rowOf(openedKey)));
  });

  it('scroll mode: goes to the list’s tab stop when the migration opened is no longer rendered', async () => {
    const props = { dataSource: source, now: NOW, timeZone: 'UTC', onQueryChange: () => {}, mode: scrollMode };
    const { openedKey } = await openThenResort(props, async () => {
      await screen.findAllByRole('button', { name: /^View details of/ });
      return document.querySelector<HTMLElement>('tr[data-index="0"]') as HTMLElement;
    });
    expect(rowOf(openedKey)).toBeUndefined();
    await waitFor(() => expect(document.activeElement).toBe(document.querySelector('tbody tr[tabindex="0"]')));
  });

  it('scroll mode, opened from a URL (no opener): returns to that migration’s row on close', async () => {
    const user = userEvent.setup();
    // The third newest: rendered, but not the list's tab stop (the first row).
    const third = [...logs].sort((a, b) => String(b.startTime).localeCompare(String(a.startTime)))[2];
    const props = { dataSource: source, now: NOW, timeZone: 'UTC', mode: scrollMode };
    renderWithClient(<MigrationLogView {...props} defaultSelectedId={third?.id} />);
    await screen.findByRole('dialog', { name: 'Migration log details' });
    await waitFor(() => expect(rowOf(third?.id as string)).toBeDefined());
    expect(rowOf(third?.id as string)).not.toBe(document.querySelector('tbody tr[tabindex="0"]'));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(rowOf(third?.id as string)));
  });

  it('paged mode: returns to the details button of the migration opened, wherever the re-sort put it', async () => {
    const few = createInMemoryDataSource(generateMigrationLogs({ count: 8, seed: 5, now: NOW }), { now: () => NOW });
    const props = { dataSource: few, now: NOW, timeZone: 'UTC', onQueryChange: () => {} };
    const { openedKey, from } = await openThenResort(props, async () => {
      const [first] = await screen.findAllByRole('button', { name: /^View details of/ });
      return first as HTMLElement;
    });
    expect(rowOf(openedKey)).not.toBe(document.querySelector('tr[data-row-key]'));
    await waitFor(() => expect(document.activeElement).toBe(from));
    expect(rowOf(openedKey)).toContainElement(from);
  });
});
