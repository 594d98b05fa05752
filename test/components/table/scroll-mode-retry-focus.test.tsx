import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import { MigrationLogError } from '../../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogPage } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { bannerOf } from '../../support/error-banner.js';
import { tabTo } from '../../support/keyboard.js';
import { renderWithClient } from '../../support/render.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const COUNT = 300;
const records = generateMigrationLogs({ count: COUNT, seed: 3, now: NOW });

fakeScrollLayout({ clientHeight: 450, scrollHeight: COUNT * 45 });

// The paged table's Retry focus is tested in keeps-focus.test.tsx; the scroll table shares the banner
// but not the rows: its rows are one tab stop (a roving tabindex), so focus goes to that row itself.
describe('MigrationLogTable in scroll mode, Retry after a failed load', () => {
  it('keeps the banner and focus on Retry while the retry runs, then focuses the first row, the tab stop', async () => {
    let fail = true;
    let release: () => void = () => {};
    const inner = createInMemoryDataSource(records, { now: () => NOW });
    const source: MigrationLogDataSource = {
      ...inner,
      list: async (query, ctx) => {
        if (fail) throw new MigrationLogError('The database is down.', { kind: 'http', status: 500 });
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        return (await inner.list(query, ctx)) as MigrationLogPage;
      },
    };
    const user = userEvent.setup();
    renderWithClient(
      <MigrationLogTable
        mode={scrollMode}
        dataSource={source}
        now={NOW}
        timeZone="UTC"
        locale="en-US"
        onOpenDetails={() => {}}
      />,
    );
    const alert = await screen.findByRole('alert');
    const retry = within(bannerOf(alert)).getByRole('button', { name: 'Retry' });
    fail = false;
    await tabTo(user, retry);
    await user.keyboard('{Enter}');
    // The retry is running: the banner and its button are still there, and focused.
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    expect(retry).toBeInTheDocument();
    expect(retry).toHaveFocus();
    act(() => release());

    const firstRow = await waitFor(() => {
      const row = document.querySelector<HTMLElement>('tbody tr[aria-rowindex="2"][data-row-key]');
      if (!row) throw new Error('no first row yet');
      return row;
    });
    expect(screen.queryByRole('alert')).toBeNull();
    // The row is the tab stop, not its View details button (that one is tabindex -1 in scroll mode).
    expect(firstRow).toHaveAttribute('tabindex', '0');
    await waitFor(() => expect(firstRow).toHaveFocus());
  });
});
