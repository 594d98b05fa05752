import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { renderWithClient } from '../../support/render.js';
import { failUntilRetrySource } from '../../support/retry-source.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const COUNT = 300;
const records = generateMigrationLogs({ count: COUNT, seed: 3, now: NOW });

fakeScrollLayout({ clientHeight: 450, scrollHeight: COUNT * 45 });

// The paged table's Retry focus is tested in keeps-focus.test.tsx; the scroll table shares the banner
// but not the rows: its rows are one tab stop (a roving tabindex), so focus goes to that row itself.
describe('MigrationLogTable in scroll mode, Retry after a failed load', () => {
  it('keeps the banner and focus on Retry while the retry runs, then focuses the first row, the tab stop', async () => {
    const { source, retryByKeyboard } = failUntilRetrySource(createInMemoryDataSource(records, { now: () => NOW }));
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
    await retryByKeyboard(user);

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
