import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import type { MigrationLogDataSource } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { tabTo } from '../../support/keyboard.js';
import { renderWithClient } from '../../support/render.js';
import { failUntilRetrySource } from '../../support/retry-source.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const records = generateMigrationLogs({ count: 30, seed: 3, now: NOW });

function setup(dataSource: MigrationLogDataSource = createInMemoryDataSource(records, { now: () => NOW })) {
  const user = userEvent.setup();
  const view = renderWithClient(
    <MigrationLogTable dataSource={dataSource} now={NOW} timeZone="UTC" locale="en-US" onOpenDetails={() => {}} />,
  );
  return { user, ...view };
}

const rowsLoaded = () => screen.findAllByRole('button', { name: /^View details of the migration/ });

/** Keyboard users must never be dropped to <body> (WCAG 2.4.3) or have focus hidden under a panel (2.4.11). */
describe('MigrationLogTable keeps keyboard focus', () => {
  it('closes the column menu with Escape, back on its toggle, and when focus leaves it', async () => {
    const { user, container } = setup();
    await rowsLoaded();
    const menu = container.querySelector('details.mlv-column-menu') as HTMLDetailsElement;
    const toggle = menu.querySelector('summary') as HTMLElement;
    // Opening is the browser's own <details> behaviour (jsdom opens it on a click, not on Enter).
    await user.click(toggle);
    expect(menu.open).toBe(true);
    expect(toggle).toHaveFocus();
    await user.tab();
    expect(within(menu).getAllByRole('checkbox')[0]).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(menu.open).toBe(false);
    expect(toggle).toHaveFocus();

    await user.click(toggle);
    expect(menu.open).toBe(true);
    const boxes = within(menu).getAllByRole('checkbox');
    await tabTo(user, boxes[boxes.length - 1] as HTMLElement);
    await user.tab(); // out of the menu, onto the table
    expect(menu.contains(document.activeElement)).toBe(false);
    expect(menu.open).toBe(false);
  });

  it('moves focus to the search field when the empty row’s Reset brings rows back', async () => {
    const { user } = setup();
    await rowsLoaded();
    await user.type(screen.getByRole('searchbox'), 'no such migration anywhere');
    const reset = await screen
      .findByRole('button', { name: 'Reset filters' }, { timeout: 3000 })
      .then(() =>
        within(document.querySelector('tbody') as HTMLElement).findByRole('button', { name: 'Reset filters' }),
      );
    await user.click(reset);
    await rowsLoaded();
    expect(screen.getByRole('searchbox')).toHaveFocus();
    expect(screen.getByRole('searchbox')).toHaveValue('');
  });

  it('keeps the error banner, and focus on Retry, while the retry runs, then focuses the first row', async () => {
    const { source, retryByKeyboard } = failUntilRetrySource(createInMemoryDataSource(records, { now: () => NOW }));
    const { user } = setup(source);
    await retryByKeyboard(user);
    const [firstRowAction] = await rowsLoaded();
    expect(screen.queryByRole('alert')).toBeNull();
    // Not <body>: the banner with the focused button is gone, the rows it brought are there.
    expect(firstRowAction).toHaveFocus();
  });

  it('refreshes quietly on a reload: the indicator shows, "Refreshing…" is not announced', async () => {
    const inner = createInMemoryDataSource(records, { now: () => NOW });
    let calls = 0;
    let release: () => void = () => {};
    const source: MigrationLogDataSource = {
      ...inner,
      list: async (query, ctx) => {
        calls += 1;
        if (calls > 1) {
          await new Promise<void>((resolve) => {
            release = resolve;
          });
        }
        return inner.list(query, ctx);
      },
    };
    const { client, container } = setup(source);
    await rowsLoaded();
    const bar = container.querySelector('.mlv-status-bar') as HTMLElement;
    const activity = bar.querySelector('.mlv-status-bar__activity') as HTMLElement;
    const said = within(bar).getByRole('status');
    await act(async () => {
      void client.invalidateQueries();
    });
    await waitFor(() => expect(activity).toHaveAttribute('data-refreshing'));
    expect(said).toBeEmptyDOMElement();
    expect(activity).toBeEmptyDOMElement();
    act(() => release());
    await waitFor(() => expect(activity).not.toHaveAttribute('data-refreshing'));
  });
});
