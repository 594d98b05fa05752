import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { detailsRecord, fakeSource, NOW, renderHarness, SwitchingHost, testClient } from './helpers.js';

// A wide migration can carry thousands of object types: rendering every row made the dialog open
// seconds late. The first 50 rows show at once, the rest behind a button that says how many.
const objectsOf = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ name: `object_${i}`, total: 10, processed: 10, failed: 0, skipped: 0 }));
const namesOf = (count: number) => objectsOf(count).map((object) => object.name);

async function openWith(count: number) {
  const { source } = fakeSource(async (id) => detailsRecord(id, { objects: objectsOf(count) }));
  renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
  const table = await screen.findByRole('table', { name: 'Records by object' });
  const section = table.closest('.mlv-details__objects') as HTMLElement;
  return {
    section,
    names: () =>
      within(table)
        .queryAllByRole('rowheader')
        .map((cell) => cell.textContent),
  };
}

describe('a long per-object table', () => {
  it('shows 50 rows and a button that shows all, then goes on reading at the 51st row', async () => {
    const { section, names } = await openWith(120);
    expect(names()).toEqual(namesOf(50));
    const button = within(section).getByRole('button', { name: 'Show all 120 objects' });
    const user = userEvent.setup();
    button.focus();
    await user.keyboard('{Enter}');
    expect(names()).toEqual(namesOf(120));
    expect(within(section).queryByRole('button')).toBeNull();
    expect(within(section).getByRole('rowheader', { name: 'object_50' })).toHaveFocus();
    // Still one table, captioned as before.
    expect(within(section).getByRole('table', { name: 'Records by object' })).toBeTruthy();
  });

  // Over 50 rows the parts lay out as blocks and grids (components.css): a browser that drops a
  // table's semantics when its display changes must still find one through explicit roles.
  it('names every part of the table by an explicit role, for browsers that drop table semantics with display', async () => {
    const { section } = await openWith(120);
    fireEvent.click(within(section).getByRole('button', { name: 'Show all 120 objects' }));
    const table = section.querySelector('table') as HTMLTableElement;
    expect(table.getAttribute('role')).toBe('table');
    const groups = [table.tHead, ...table.tBodies].map((group) => group?.getAttribute('role'));
    expect(new Set(groups)).toEqual(new Set(['rowgroup']));
    const rows = [...table.rows];
    expect(rows).toHaveLength(121);
    for (const row of rows) expect(row.getAttribute('role')).toBe('row');
    const roles = (row: HTMLTableRowElement) => [...row.cells].map((cell) => cell.getAttribute('role'));
    expect(roles(rows[0] as HTMLTableRowElement)).toEqual(Array(5).fill('columnheader'));
    for (const row of rows.slice(1)) expect(roles(row)).toEqual(['rowheader', 'cell', 'cell', 'cell', 'cell']);
  });

  it('starts again at 50 for another migration the open dialog shows, even one already loaded', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id, { objects: objectsOf(120) }));
    const queryClient = testClient();
    render(<SwitchingHost dataSource={source} queryClient={queryClient} />);
    const dialog = await screen.findByRole('dialog');
    const showAll = () => within(dialog).findByRole('button', { name: 'Show all 120 objects' });
    await showAll();
    fireEvent.click(screen.getByText('Show m-2'));
    fireEvent.click(await showAll());
    expect(within(dialog).getByText('object_50')).toBeTruthy();
    // Back to m-1, in the cache by now: its details show at once, in the same dialog.
    fireEvent.click(screen.getByText('Show m-1'));
    await waitFor(() => expect(within(dialog).queryByText('object_50')).toBeNull());
    expect(await showAll()).toBeTruthy();
  });

  it('shows 50 or fewer rows without a button', async () => {
    const { section, names } = await openWith(50);
    expect(names()).toHaveLength(50);
    expect(within(section).queryByRole('button')).toBeNull();
  });

  it('counts the button in the locale: 1,200, not 1200', async () => {
    const { section } = await openWith(1200);
    expect(within(section).getByRole('button').textContent).toBe('Show all 1,200 objects');
  });

  // One region named "Records by object" either way: the table's scroll region, or without objects
  // the section itself, around the sentence that says there are none.
  it('names one region for the objects: the table scroll with objects, the section without', async () => {
    const { section } = await openWith(3);
    expect(section).not.toHaveAttribute('aria-label');
    const regions = within(section).getAllByRole('region', { name: 'Records by object' });
    expect(regions.map((region) => region.className)).toEqual(['mlv-details__table-scroll']);

    cleanup();
    const { source } = fakeSource(async (id) => detailsRecord(id, { objects: [] }));
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const empty = await screen.findByRole('region', { name: 'Records by object' });
    expect(empty).toHaveClass('mlv-details__objects');
    expect(empty.children).toHaveLength(1);
    expect(empty).toHaveTextContent(/^No per-object breakdown is available\.$/);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
