import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import type { MigrationLogDataSource, MigrationLogPage } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { renderWithClient } from '../../support/render.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const records = generateMigrationLogs({ count: 60, seed: 3, now: NOW });

/** A source whose answers the test releases, one request at a time. */
function heldSource() {
  const inner = createInMemoryDataSource(records, { now: () => NOW });
  const held: Array<() => void> = [];
  const source: MigrationLogDataSource = {
    ...inner,
    list: (query, ctx) =>
      new Promise<MigrationLogPage>((resolve) => {
        held.push(() => resolve(inner.list(query, ctx) as Promise<MigrationLogPage>));
      }),
  };
  const release = () => act(() => held.shift()?.());
  return { source, release };
}

function setup(source: MigrationLogDataSource) {
  const view = renderWithClient(<MigrationLogTable dataSource={source} now={NOW} timeZone="UTC" locale="en-US" />);
  const bar = view.container.querySelector('.mlv-status-bar') as HTMLElement;
  return { ...view, bar, activity: bar.querySelector('.mlv-status-bar__activity') as HTMLElement };
}

/** Screen readers announce a change in a live region they know, not a region inserted with its text. */
describe('MigrationLogTable status bar', () => {
  it('says "Loading migrations…" in a live region that was empty first, and shows it at once', async () => {
    const { source, release } = heldSource();
    const { bar, activity } = setup(source);
    const status = within(bar).getByRole('status');
    expect(status).toBeEmptyDOMElement();
    // Shown from the first render (and in server-rendered HTML); hidden, so it is not read twice.
    expect(activity).toHaveTextContent('Loading migrations…');
    expect(activity).toHaveAttribute('aria-hidden', 'true');
    await waitFor(() => expect(status).toHaveTextContent('Loading migrations…'));
    // Outside the busy table: a screen reader may hold back changes inside it.
    expect(status.closest('[aria-busy="true"]')).toBeNull();
    release();
    await screen.findAllByRole('row');
    await waitFor(() => expect(status).toBeEmptyDOMElement());
    expect(within(bar).getAllByRole('status')).toEqual([status]);
  });

  it('says "Refreshing…" once when the user asks for other rows', async () => {
    const { source, release } = heldSource();
    const user = userEvent.setup();
    const { bar, activity } = setup(source);
    const status = within(bar).getByRole('status');
    release();
    await screen.findByRole('button', { name: /^Next page/ });
    await waitFor(() => expect(status).toBeEmptyDOMElement());
    await user.click(screen.getByRole('button', { name: /^Next page/ }));
    await waitFor(() => expect(status).toHaveTextContent('Refreshing…'));
    expect(activity).toHaveTextContent('Refreshing…');
    expect(activity).toHaveAttribute('data-refreshing');
    expect(within(bar).getAllByRole('status')).toEqual([status]);
    release();
    await waitFor(() => expect(status).toBeEmptyDOMElement());
    expect(activity).toBeEmptyDOMElement();
  });
});
