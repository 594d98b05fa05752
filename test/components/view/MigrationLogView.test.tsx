import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import type { MigrationLogExtraColumn } from '../../../src/components/table/columns.js';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import type { MigrationLogDataSource, MigrationLogQuery } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { tabTo } from '../../support/keyboard.js';
import { renderWithClient } from '../../support/render.js';
import { spySource } from '../../support/spy-source.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const records = generateMigrationLogs({ count: 40, seed: 5, now: NOW });

function source() {
  return spySource(createInMemoryDataSource(records, { now: () => NOW }));
}

type Reported = Array<{ query?: MigrationLogQuery; id?: string | null }>;

/** A host page that keeps query and selection in its own state, as it would in its URL. */
function Host({
  source,
  initialId,
  reported,
}: {
  source: MigrationLogDataSource;
  initialId: string;
  reported: Reported;
}) {
  const [query, setQuery] = useState<MigrationLogQuery>({
    pageIndex: 1,
    pageSize: 10,
    sort: { field: 'progress', direction: 'asc' },
    filter: {},
  });
  const [selectedId, setSelectedId] = useState<string | null>(initialId);
  return (
    <MigrationLogView
      dataSource={source}
      now={NOW}
      timeZone="UTC"
      query={query}
      onQueryChange={(next) => {
        reported.push({ query: next });
        setQuery(next);
      }}
      selectedId={selectedId}
      onSelectedIdChange={(id) => {
        reported.push({ id });
        setSelectedId(id);
      }}
    />
  );
}

/** A host that keeps only the selection, passing the view a stable setter or a new arrow each render. */
function SelectingHost({
  source,
  columns,
  stable,
}: {
  source: MigrationLogDataSource;
  columns: MigrationLogExtraColumn[];
  stable: boolean;
}) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return (
    <MigrationLogView
      dataSource={source}
      now={NOW}
      timeZone="UTC"
      columns={columns}
      selectedId={selectedId}
      onSelectedIdChange={stable ? setSelectedId : (id) => setSelectedId(id)}
    />
  );
}

describe('MigrationLogView', () => {
  it('opens details from a row with Enter, keeps Tab inside the dialog, closes with Escape, and returns focus', async () => {
    const user = userEvent.setup();
    renderWithClient(<MigrationLogView dataSource={source()} now={NOW} timeZone="UTC" locale="en-US" />);
    const [row] = await screen.findAllByRole('button', { name: /^View details of/ });
    if (!row) throw new Error('no rows');
    await tabTo(user, row);
    await user.keyboard('{Enter}');

    const dialog = await screen.findByRole('dialog', { name: 'Migration log details' });
    await within(dialog).findByText('Migration ID');
    // Tab around more times than the dialog has stops: focus never leaves it.
    for (let i = 0; i < 40; i += 1) {
      await user.tab();
      expect(dialog.contains(document.activeElement)).toBe(true);
    }
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(row).toHaveFocus());
  });

  it('opened from a URL (no opener), it returns focus to that row’s details button on close', async () => {
    const user = userEvent.setup();
    // The newest migration: on the first page in the default sort.
    const newest = [...records].sort((a, b) => String(b.startTime).localeCompare(String(a.startTime)))[0];
    if (!newest) throw new Error('no records');
    renderWithClient(
      <MigrationLogView dataSource={source()} defaultSelectedId={newest.id} now={NOW} timeZone="UTC" locale="en-US" />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Migration log details' });
    await within(dialog).findByText('Migration ID');
    await screen.findAllByRole('button', { name: /^View details of/, hidden: true });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const row = document.querySelector<HTMLElement>(`tr[data-row-key="${newest.id}"]`);
    await waitFor(() => expect(row?.querySelector('.mlv-row-actions__details')).toHaveFocus());
  });

  it('opened from a URL for a migration on no shown page, it leaves focus to the browser on close', async () => {
    const user = userEvent.setup();
    renderWithClient(
      <MigrationLogView dataSource={source()} defaultSelectedId="not-on-this-page" now={NOW} timeZone="UTC" />,
    );
    await screen.findByRole('dialog', { name: 'Migration log details' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement === document.body || document.activeElement === null).toBe(true);
  });

  it('is controlled by the host: query and selection come from props and changes are reported', async () => {
    const user = userEvent.setup();
    const spy = source();
    const reported: Reported = [];
    const target = records[30];
    if (!target) throw new Error('no record');

    renderWithClient(<Host source={spy} initialId={target.id} reported={reported} />);
    // Deep link: the dialog opens on a migration that is on no loaded page, loaded by id.
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText(target.id)).toBeInTheDocument();
    await waitFor(() =>
      expect(spy.lastQuery()).toEqual({
        pageIndex: 1,
        pageSize: 10,
        sort: { field: 'progress', direction: 'asc' },
        filter: {},
      }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(reported).toContainEqual({ id: null }));

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(spy.lastQuery().pageIndex).toBe(2));
    expect(reported.at(-1)?.query?.pageIndex).toBe(2);
  });
  it('passes the table’s column visibility, search delay and toolbar props through', async () => {
    const user = userEvent.setup();
    const changes: Array<Record<string, boolean>> = [];
    const { rerender } = renderWithClient(
      <MigrationLogView
        dataSource={source()}
        now={NOW}
        timeZone="UTC"
        defaultColumnVisibility={{ endTime: false }}
        onColumnVisibilityChange={(visibility) => changes.push(visibility)}
        searchDebounceMs={0}
      />,
    );
    await screen.findAllByRole('button', { name: /^View details of/ });
    expect(screen.queryByRole('columnheader', { name: /End Time/ })).toBeNull();
    await user.click(screen.getByText('Columns', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: 'Generated By' }));
    expect(changes).toEqual([{ endTime: false, generatedBy: false }]);
    expect(screen.queryByRole('columnheader', { name: /Generated By/ })).toBeNull();

    rerender(<MigrationLogView dataSource={source()} now={NOW} timeZone="UTC" showToolbar={false} />);
    await waitFor(() => expect(screen.queryByRole('searchbox')).toBeNull());
    expect(screen.queryByText('Columns', { selector: 'summary' })).toBeNull();
  });
  it('re-renders no row when its dialog opens and closes (the table gets the same props)', async () => {
    const user = userEvent.setup();
    const { renders, columns } = renderProbe();
    renderWithClient(<MigrationLogView dataSource={source()} now={NOW} timeZone="UTC" columns={columns} />);
    await expectNoRowRendersAcrossDetails(user, renders);
  });
  // Controlled: the host re-renders with the new selection, passing a stable setter or a new
  // callback on each render (an inline arrow, as in the README); neither reaches the rows.
  it.each([
    ['a stable setter', true],
    ['an inline callback', false],
  ])('re-renders no row when a controlled dialog opens and closes, given %s', async (_, stable) => {
    const user = userEvent.setup();
    const { renders, columns } = renderProbe();
    renderWithClient(<SelectingHost source={source()} columns={columns} stable={stable} />);
    await expectNoRowRendersAcrossDetails(user, renders);
  });
});

/** A host column that counts its cell renders per row. */
function renderProbe() {
  const renders = new Map<string, number>();
  const columns = [
    {
      id: 'probe',
      header: 'Probe',
      cell: (row: { id: string }) => {
        renders.set(row.id, (renders.get(row.id) ?? 0) + 1);
        return null;
      },
    },
  ];
  return { renders, columns };
}

/** Opens a row's details and closes them again; no row may render meanwhile. */
async function expectNoRowRendersAcrossDetails(user: ReturnType<typeof userEvent.setup>, renders: Map<string, number>) {
  const buttons = await screen.findAllByRole('button', { name: /^View details of/ });
  await waitFor(() => expect(renders.size).toBe(25));
  const before = new Map(renders);
  await user.click(buttons[2] as HTMLElement);
  await screen.findByRole('dialog');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  expect(renders).toEqual(before);
}
