import { QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import type { MigrationLogQuery } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { tabTo } from '../../support/keyboard.js';
import { renderWithClient } from '../../support/render.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const source = createInMemoryDataSource(generateMigrationLogs({ count: 40, seed: 5, now: NOW }), { now: () => NOW });
const query = (pageIndex: number): MigrationLogQuery => ({
  pageIndex,
  pageSize: 10,
  sort: { field: 'startTime', direction: 'desc' },
  filter: {},
});
const firstRowKey = () => document.querySelector<HTMLElement>('tr[data-row-key]')?.dataset.rowKey;

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
});
