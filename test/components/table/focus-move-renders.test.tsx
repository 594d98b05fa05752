import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { scrollMode } from '../../../src/components/table/scroll-mode.js';
import type { MigrationLog } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { renderWithClient } from '../../support/render.js';
import { fakeScrollLayout } from '../../support/scroll-layout.js';

// Moving focus between rows costs what changed, as a refresh does (see the refresh render tests in
// MigrationLogTable.test.tsx and scroll-mode.test.tsx): in scroll mode the row losing the tab stop and
// the row gaining it re-render, plus the rows a scroll brings into view (mounted, not re-rendered);
// in paged mode, where the rows are no tab stops of their own, none does.
const NOW = Date.UTC(2026, 10, 28, 12);
const COUNT = 2000;
const ROW = 45; // the scroll mode's default row height (jsdom measures 0)
const VIEWPORT = 450; // ten rows
const records = generateMigrationLogs({ count: COUNT, seed: 5, now: NOW });

fakeScrollLayout({ clientHeight: VIEWPORT, scrollHeight: COUNT * ROW });

/** A column that counts its cell's renders per migration: a row's render renders its cells. */
function renderCounter() {
  const renders = new Map<string, number>();
  const columns = [
    {
      id: 'probe',
      header: 'Probe',
      cell: (log: MigrationLog) => {
        renders.set(log.id, (renders.get(log.id) ?? 0) + 1);
        return log.progress;
      },
    },
  ];
  /** Runs `step`, then gives the migrations rendered before it whose row rendered again. */
  const rerenderedBy = async (step: () => Promise<void>) => {
    const before = new Map(renders);
    await step();
    return [...before].filter(([id, count]) => renders.get(id) !== count).map(([id]) => id);
  };
  return { columns, rerenderedBy };
}

const rowAt = (ariaRowIndex: number) =>
  waitFor(() => {
    const row = document.querySelector<HTMLElement>(`tr[aria-rowindex="${ariaRowIndex}"][data-row-key]`);
    if (!row) throw new Error(`row ${ariaRowIndex} not loaded`);
    return row;
  });

describe('a focus move between rows re-renders only the rows it changes', () => {
  it('scroll mode: the row losing the tab stop and the row gaining it', async () => {
    const { columns, rerenderedBy } = renderCounter();
    const source = createInMemoryDataSource(records, { now: () => NOW });
    const user = userEvent.setup();
    renderWithClient(
      <MigrationLogTable mode={scrollMode} dataSource={source} now={NOW} timeZone="UTC" columns={columns} />,
    );
    await rowAt(2);
    // Away from the top, so rows are rendered above and below the moves.
    const area = document.querySelector('.mlv-table-scroll--virtual') as HTMLElement;
    act(() => {
      area.scrollTop = 100 * ROW;
      fireEvent.scroll(area);
    });
    const start = await rowAt(104);
    act(() => start.focus());
    await waitFor(() => expect(start.tabIndex).toBe(0));
    expect(document.querySelectorAll('tr[data-row-key]').length).toBeGreaterThan(10);

    const move = async (key: string, from: HTMLElement, toRowIndex: number) => {
      const changed = await rerenderedBy(async () => {
        await user.keyboard(key);
        await waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', String(toRowIndex)));
      });
      const to = document.activeElement as HTMLElement;
      expect(to.tabIndex).toBe(0);
      expect(from.tabIndex).toBe(-1);
      expect(changed.sort(), key).toEqual([from.dataset.rowKey, to.dataset.rowKey].sort());
      return to;
    };
    const second = await move('{ArrowDown}', start, 105);
    const third = await move('{ArrowUp}', second, 104);
    // A page down past the rows in view scrolls: the rows it brings in are mounted, the others stay.
    const fourth = await move('{PageDown}', third, 113);
    await move('{PageUp}', fourth, 104);
  });

  it('paged mode: no row, as Tab goes from one row’s controls to the next', async () => {
    const { columns, rerenderedBy } = renderCounter();
    const source = createInMemoryDataSource(records.slice(0, 30), { now: () => NOW });
    const user = userEvent.setup();
    renderWithClient(
      <MigrationLogTable dataSource={source} now={NOW} timeZone="UTC" columns={columns} onOpenDetails={() => {}} />,
    );
    const [first] = await screen.findAllByRole('button', { name: /^View details of/ });
    act(() => first?.focus());
    const changed = await rerenderedBy(async () => {
      await user.tab(); // the next row's status badge
      await user.tab(); // its details button
      await user.tab({ shift: true });
      await user.tab({ shift: true });
      expect(document.activeElement).toBe(first);
    });
    expect(changed).toEqual([]);
  });
});
