import { act, fireEvent, screen } from '@testing-library/react';
import { useState } from 'react';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { DEFAULT_QUERY } from '../../../src/core/query.js';
import type { MigrationLogFilter, MigrationLogQuery } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { advance, installFakeClock } from '../../support/fake-clock.js';
import { renderWithClient } from '../../support/render.js';
import { spySource } from '../../support/spy-source.js';

// A date input reports every keystroke of a typed year: typing 2024 gives the dates of the years
// 0002, 0020 and 0202 first, each a valid date. Each was sent as a filter, so the data source was
// asked four times and the pager said a page count for each. Typed dates now go out once typing
// pauses (the search box's delay); the calendar, Enter and leaving the field send at once.

const NOW = Date.UTC(2026, 10, 28, 12);
const FROM_2024_11_03 = '2024-11-03T00:00:00.000Z';

/**
 * A host that keeps the query itself; `pending` holds its state updates when `late` (a router that
 * catches up later), and `navigate` is its own change (Reset elsewhere, Back in the browser).
 */
function Host({
  sent,
  late,
  pending = [],
  navigate = {},
  source,
}: {
  sent: MigrationLogFilter[];
  late?: boolean;
  pending?: Array<() => void>;
  navigate?: { to?: (filter: MigrationLogFilter) => void };
  source: ReturnType<typeof spySource>;
}) {
  const [query, setQuery] = useState<MigrationLogQuery>(DEFAULT_QUERY);
  navigate.to = (filter) => setQuery({ ...DEFAULT_QUERY, filter });
  return (
    <MigrationLogTable
      dataSource={source}
      now={NOW}
      timeZone="UTC"
      locale="en-US"
      onOpenDetails={() => {}}
      query={query}
      onQueryChange={(next) => {
        sent.push(next.filter);
        if (late) pending.push(() => setQuery(next));
        else setQuery(next);
      }}
    />
  );
}

function setup(props: Omit<Parameters<typeof Host>[0], 'sent' | 'source'> = {}) {
  const source = spySource(
    createInMemoryDataSource(generateMigrationLogs({ count: 30, seed: 3, now: NOW }), { now: () => NOW }),
  );
  const sent: MigrationLogFilter[] = [];
  renderWithClient(<Host sent={sent} source={source} {...props} />);
  const from = screen.getByLabelText<HTMLInputElement>('Started from');
  return { source, sent, from };
}

/** What the browser fires for one key that changes the input to `value`: keydown, input, keyup. */
function key(input: HTMLElement, value: string, name = '0') {
  fireEvent.keyDown(input, { key: name });
  fireEvent.change(input, { target: { value } });
  fireEvent.keyUp(input, { key: name });
}

/** Types the year 2024 into a date input whose day and month are set, as Chromium reports it. */
async function typeYear2024(input: HTMLElement) {
  for (const value of ['0002-11-03', '0020-11-03', '0202-11-03', '2024-11-03']) {
    key(input, value);
    await advance(100);
  }
}

const queriesFrom = (source: ReturnType<typeof spySource>) =>
  source.listQueries.filter((query) => query.filter.startedFrom !== undefined).map((q) => q.filter.startedFrom);

beforeEach(installFakeClock);
afterEach(() => {
  vi.useRealTimers();
});

it('sends a date typed digit by digit once, when typing pauses', async () => {
  const { source, sent, from } = setup();
  await typeYear2024(from);
  expect(sent).toEqual([]);
  expect(from).toHaveValue('2024-11-03');
  await advance(300);
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
  await advance(100);
  expect(queriesFrom(source)).toEqual([FROM_2024_11_03]);
  expect(from).toHaveValue('2024-11-03');
});

it('sends a typed date at once on Enter, and once only', async () => {
  const { sent, from } = setup();
  await typeYear2024(from);
  fireEvent.keyDown(from, { key: 'Enter' });
  fireEvent.keyUp(from, { key: 'Enter' });
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
  await advance(1000);
  expect(sent).toHaveLength(1);
});

it('sends a typed date at once when focus leaves the field', async () => {
  const { sent, from } = setup();
  from.focus();
  await typeYear2024(from);
  act(() => from.blur());
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
  await advance(1000);
  expect(sent).toHaveLength(1);
});

it('sends a day picked in the calendar at once, and a cleared one too', async () => {
  const { sent, from } = setup();
  // A pick changes the value with no key down in the field.
  fireEvent.change(from, { target: { value: '2024-11-03' } });
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
  fireEvent.change(from, { target: { value: '' } });
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }, {}]);
});

it('sends a day picked at once after Tab left the field (whose keyup went to the next one)', async () => {
  const { sent, from } = setup();
  from.focus();
  // Tab: its keydown in this field, then focus moves and its keyup reaches the next control.
  fireEvent.keyDown(from, { key: 'Tab' });
  act(() => from.blur());
  fireEvent.change(from, { target: { value: '2024-11-03' } });
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
});

it('sends a day picked with the mouse at once after Escape closed a calendar opened from the keyboard', async () => {
  const { sent, from } = setup();
  from.focus();
  // Alt+ArrowDown opens the calendar: its keydown in this field, its keyup (and Escape's) in the
  // calendar. Then the mouse opens the calendar again and picks a day.
  fireEvent.keyDown(from, { key: 'ArrowDown', altKey: true });
  fireEvent.pointerDown(from);
  fireEvent.change(from, { target: { value: '2024-11-03' } });
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
});

it('sends a date cleared from the keyboard once typing pauses', async () => {
  const { sent, from } = setup();
  fireEvent.change(from, { target: { value: '2024-11-03' } });
  key(from, '', 'Backspace');
  expect(sent).toHaveLength(1);
  await advance(300);
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }, {}]);
});

it('keeps what was typed after a date was sent when the host passes that date back later', async () => {
  const pending: Array<() => void> = [];
  const navigate: { to?: (filter: MigrationLogFilter) => void } = {};
  const { sent, from } = setup({ late: true, pending, navigate });
  await typeYear2024(from);
  await advance(300);
  expect(sent).toEqual([{ startedFrom: FROM_2024_11_03 }]);
  // Arrow up on the day while the host's router catches up.
  key(from, '2024-11-04', 'ArrowUp');
  act(() => pending.shift()?.());
  expect(from).toHaveValue('2024-11-04');
  await advance(300);
  expect(sent.at(-1)).toEqual({ startedFrom: '2024-11-04T00:00:00.000Z' });
  act(() => pending.shift()?.());
  expect(from).toHaveValue('2024-11-04');
  // The host's own change replaces what is in the field.
  act(() => navigate.to?.({}));
  expect(from).toHaveValue('');
  act(() => navigate.to?.({ startedFrom: FROM_2024_11_03 }));
  expect(from).toHaveValue('2024-11-03');
  await advance(1000);
  expect(sent).toHaveLength(2);
});

// The search box sends through the same field: typed text once typing pauses, the rest at once.
it('sends the search typed once typing pauses, and at once when cleared by its button or left', async () => {
  const { sent } = setup();
  const box = screen.getByRole('searchbox');
  box.focus();
  key(box, 'a', 'a');
  key(box, 'ad', 'd');
  expect(sent).toEqual([]);
  await advance(300);
  expect(sent).toEqual([{ search: 'ad' }]);
  key(box, 'ada', 'a');
  act(() => box.blur());
  expect(sent.at(-1)).toEqual({ search: 'ada' });
  // The box's clear button changes it with no key down.
  fireEvent.change(box, { target: { value: '' } });
  expect(sent.at(-1)).toEqual({ search: '' });
  await advance(1000);
  expect(sent).toHaveLength(3);
});
