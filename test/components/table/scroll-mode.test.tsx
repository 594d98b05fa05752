import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import type { MigrationLog } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { renderWithClient } from '../../support/render.js';
import { failUntilRetrySource } from '../../support/retry-source.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';
import { spySource } from '../../support/spy-source.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const COUNT = 2000;
const ROW = 45; // the table's default row height, used until a row is measured (jsdom measures 0)
const VIEWPORT = 450; // ten rows
const records = generateMigrationLogs({ count: COUNT, seed: 5, now: NOW });

fakeScrollLayout({ clientHeight: VIEWPORT, scrollHeight: COUNT * ROW });

function scrollArea(element: HTMLElement, top: number) {
  element.scrollTop = top;
  fireEvent.scroll(element);
}

function setup(props: Partial<Parameters<typeof MigrationLogTable>[0]> = {}) {
  const inner = createInMemoryDataSource(records, { now: () => NOW });
  const source = spySource(inner);
  const user = userEvent.setup();
  const view = renderWithClient(
    <MigrationLogTable
      mode={scrollMode}
      dataSource={source}
      now={NOW}
      timeZone="UTC"
      locale="en-US"
      onOpenDetails={() => {}}
      {...props}
    />,
  );
  const area = () => view.container.querySelector('.mlv-table-scroll--virtual') as HTMLElement;
  return { inner, source, user, area, ...view };
}

const dataRows = () => [...document.querySelectorAll<HTMLElement>('tbody tr[data-index]')];
const rowIndexes = () => dataRows().map((row) => Number(row.getAttribute('aria-rowindex')));
const loadedRow = (ariaRowIndex: number) =>
  waitFor(() => {
    const row = document.querySelector<HTMLElement>(`tr[aria-rowindex="${ariaRowIndex}"][data-row-key]`);
    if (!row) throw new Error(`row ${ariaRowIndex} not loaded`);
    return row;
  });

describe('MigrationLogTable in scroll mode', () => {
  it('renders only the rows in view, counts the whole list for assistive tech, and asks for one chunk', async () => {
    const { source, container } = setup();
    await loadedRow(2);
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', String(COUNT + 1));
    expect(screen.getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
    // Ten rows in view plus a few of overscan; nowhere near 2,000.
    expect(dataRows().length).toBeGreaterThanOrEqual(10);
    expect(dataRows().length).toBeLessThan(30);
    expect(rowIndexes().slice(0, 3)).toEqual([2, 3, 4]);
    expect(screen.getByText('2,000 migrations')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).toBeNull();
    expect(new Set(source.listQueries.map((q) => `${q.pageIndex}/${q.pageSize}`))).toEqual(new Set(['0/100']));
    expect(source.lastQuery().sort).toEqual({ field: 'startTime', direction: 'desc' });
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'scroll');
  });

  it('survives a total of a billion: scrolls as far as a browser can and says how far', async () => {
    const inner = createInMemoryDataSource(records, { now: () => NOW });
    const huge = {
      ...inner,
      list: async (...args: Parameters<typeof inner.list>) => ({ ...(await inner.list(...args)), total: 1e9 }),
    };
    setup({ dataSource: huge });
    expect(await loadedRow(2)).toBeInTheDocument();
    expect(screen.getByText('1,000,000,000 migrations')).toBeInTheDocument();
    // 15 million px of rows at the default 45 px
    expect(
      screen.getByText(
        'Showing the first 333,333 of 1,000,000,000. Narrow the list with the filters to reach the rest.',
      ),
    ).toBeInTheDocument();
    expect(document.querySelector('table')).toHaveAttribute('aria-rowcount', String(1e9 + 1));
  });

  it('says how far a list can scroll in the words of messages.scrollLimited when the host gives it', async () => {
    const inner = createInMemoryDataSource(records, { now: () => NOW });
    const huge = {
      ...inner,
      list: async (...args: Parameters<typeof inner.list>) => ({ ...(await inner.list(...args)), total: 1e9 }),
    };
    setup({
      dataSource: huge,
      messages: { scrollLimited: (shown, total) => `Die ersten ${shown} von ${total}.` },
    });
    expect(await loadedRow(2)).toBeInTheDocument();
    expect(screen.getByText('Die ersten 333333 von 1000000000.')).toBeInTheDocument();
    expect(screen.queryByText(/^Showing the first/)).toBeNull();
  });

  it('is opt-in: without the imported mode (or given a bare string) the table pages, and says why once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { source, container } = setup({ mode: 'scroll' as unknown as 'paged' });
    expect(await screen.findByRole('navigation')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/mode="scroll" is not a table mode.*mode=\{scrollMode\}/);
    warn.mockRestore();
    expect(container.firstElementChild).toHaveAttribute('data-mode', 'paged');
    expect(container.querySelector('.mlv-table-scroll--virtual')).toBeNull();
    await waitFor(() => expect(source.lastQuery()).toMatchObject({ pageIndex: 0, pageSize: 25 }));
  });

  it('fetches only the chunks it scrolls to: jumping to the end skips every chunk in between', async () => {
    const { source, area } = setup();
    await loadedRow(2);
    act(() => scrollArea(area(), COUNT * ROW - VIEWPORT));
    const last = await loadedRow(COUNT + 1);
    expect(last).toBeInTheDocument();
    expect(rowIndexes().at(-1)).toBe(COUNT + 1);
    const pages = new Set(source.listQueries.map((q) => q.pageIndex));
    expect(pages).toEqual(new Set([0, COUNT / 100 - 1]));
    // The rows shown at the end are the last of the server's order.
    const all = await source.list(
      { pageIndex: 0, pageSize: COUNT, sort: { field: 'startTime', direction: 'desc' }, filter: {} },
      { signal: new AbortController().signal },
    );
    expect(last.getAttribute('data-row-key')).toBe(all.items.at(-1)?.id);
  });

  it('re-renders only the row whose data changed on a refresh, and keeps the scroll position', async () => {
    const renders = new Map<string, number>();
    const columns = [
      {
        id: 'probe',
        header: 'Probe',
        cell: (row: MigrationLog) => {
          renders.set(row.id, (renders.get(row.id) ?? 0) + 1);
          return row.progress;
        },
      },
    ];
    const { inner, area } = setup({ columns });
    await loadedRow(2);
    act(() => scrollArea(area(), 500 * ROW));
    const target = await loadedRow(505);
    const id = target.getAttribute('data-row-key') as string;
    await waitFor(() => expect(renders.get(id)).toBeGreaterThan(0));
    const shown = rowIndexes();
    const before = new Map(renders);
    inner.update(id, { progress: 42 });
    await waitFor(() => expect(renders.get(id)).toBe((before.get(id) ?? 0) + 1));
    await waitFor(() => expect(target).toHaveTextContent('42'));
    for (const [rowId, count] of renders) if (rowId !== id) expect(count, rowId).toBe(before.get(rowId));
    expect(area().scrollTop).toBe(500 * ROW);
    expect(rowIndexes()).toEqual(shown);
    expect(document.querySelector('.mlv-table__row--skeleton')).toBeNull();
  });

  it('moves between rows with the arrow, page and Home / End keys, scrolling as it goes', async () => {
    const opened: string[] = [];
    const { user, source } = setup({ onOpenDetails: (id) => opened.push(id) });
    const first = await loadedRow(2);
    expect(first).toHaveAttribute('tabindex', '0');
    expect(dataRows().filter((row) => row.tabIndex === 0)).toHaveLength(1);
    await user.tab(); // the search box and filters come first
    first.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '3'));
    await user.keyboard('{PageDown}');
    // A page is the rows in view less one: 10 - 1.
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '12'));
    await user.keyboard('{End}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(COUNT + 1)));
    expect(source.listQueries.some((q) => q.pageIndex === COUNT / 100 - 1)).toBe(true);
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(COUNT)));
    await user.keyboard('{Home}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '2'));
    await loadedRow(2);
    await user.keyboard('{Enter}');
    expect(opened).toEqual([document.activeElement?.getAttribute('data-row-key')]);
    // Arrow keys work from the row's own buttons too.
    const button = (await loadedRow(3)).querySelector('button') as HTMLElement;
    button.focus();
    await user.keyboard('{ArrowDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '4'));
  });

  it('is one tab stop with its controls: Tab leaves the list after the active row, Shift+Tab goes to the header', async () => {
    const { user } = setup();
    const first = await loadedRow(2);
    first.focus();
    await user.keyboard('{ArrowDown}');
    const active = await loadedRow(3);
    await waitFor(() => expect(document.activeElement).toBe(active));
    await user.tab(); // its status badge
    await user.tab(); // its details button
    expect(document.activeElement).toBe(active.querySelector('button'));
    await user.tab();
    expect(document.activeElement?.closest('tbody')).toBeNull();
    active.focus();
    await user.tab({ shift: true });
    expect(document.activeElement?.closest('thead')).not.toBeNull();
    // Moving on gives the controls back to the new active row only.
    active.focus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(document.activeElement).toBe(first));
    await user.tab();
    expect(first.contains(document.activeElement)).toBe(true);
    expect(active.querySelector('[data-status]')).toHaveAttribute('tabindex', '-1');
    expect(first.querySelector('[data-status]')).toHaveAttribute('tabindex', '0');
  });

  it('takes a host’s row actions into the one tab stop: Tab goes through them, then leaves the list', async () => {
    const { user } = setup({ rowActions: (row) => <button type="button">Retry {row.id}</button> });
    const row = await loadedRow(3);
    row.focus();
    await user.tab(); // its status badge
    await user.tab(); // its details button
    await user.tab();
    expect(document.activeElement).toHaveTextContent(`Retry ${row.dataset.rowKey}`);
    expect(row.contains(document.activeElement)).toBe(true);
    await user.tab();
    expect(document.activeElement?.closest('tbody')).toBeNull();
  });

  it('moves up with Page Up by the rows in view less one', async () => {
    const { user } = setup();
    (await loadedRow(2)).focus();
    await user.keyboard('{PageDown}{PageDown}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '20'));
    await user.keyboard('{PageUp}');
    await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '11'));
  });

  it('leaves arrows with Ctrl, Alt or Meta, and arrows typed in a text field of a row, alone', async () => {
    const { user } = setup({ rowActions: () => <input aria-label="Note" /> });
    const row = await loadedRow(2);
    row.focus();
    for (const modifier of ['Control', 'Alt', 'Meta']) {
      await user.keyboard(`{${modifier}>}{ArrowDown}{/${modifier}}`);
      expect(document.activeElement, modifier).toBe(row);
    }
    const note = row.querySelector('input') as HTMLElement;
    note.focus();
    await user.keyboard('{ArrowDown}{ArrowUp}{End}');
    expect(document.activeElement).toBe(note);
  });

  it('goes back to the top of the new list when the sort changes, asking for its first chunk', async () => {
    const { user, area, source } = setup();
    await loadedRow(2);
    act(() => scrollArea(area(), 300 * ROW));
    await loadedRow(305);
    await user.click(screen.getByRole('button', { name: /Generated By/ }));
    await waitFor(() => expect(source.lastQuery().sort).toEqual({ field: 'generatedBy', direction: 'asc' }));
    await waitFor(() => expect(area().scrollTop).toBe(0));
    await loadedRow(2);
    const asked = source.listQueries.filter((q) => q.sort.field === 'generatedBy').map((q) => q.pageIndex);
    expect(new Set(asked)).toEqual(new Set([0]));
  });

  it('shows the empty state', async () => {
    setup({ dataSource: createInMemoryDataSource([]) });
    expect(await screen.findByText('No migrations yet.')).toBeInTheDocument();
  });
});

// The paged table's Retry focus is tested in keeps-focus.test.tsx; the scroll table shares the banner
// but not the rows: its rows are one tab stop (a roving tabindex), so focus goes to that row itself.
describe('MigrationLogTable in scroll mode, Retry after a failed load', () => {
  it('keeps the banner and focus on Retry while the retry runs, then focuses the first row, the tab stop', async () => {
    const { source, retryByKeyboard } = failUntilRetrySource(createInMemoryDataSource(records, { now: () => NOW }));
    const { user } = setup({ dataSource: source });
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
