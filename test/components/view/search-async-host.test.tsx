import { act, fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { DEFAULT_QUERY } from '../../../src/core/query.js';
import type { MigrationLogQuery } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { advance, installFakeClock } from '../../support/fake-clock.js';
import { renderWithClient } from '../../support/render.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const dataSource = createInMemoryDataSource(generateMigrationLogs({ count: 10, seed: 2, now: NOW }), {
  now: () => NOW,
});

/**
 * A host that mirrors the query in its URL through an asynchronous router: the query it passes back
 * arrives some time after onQueryChange (here when the test says so). `navigate` is the host's own
 * change (Reset elsewhere on the page, Back in the browser), which does not wait on the router.
 */
function RouterHost({
  pending,
  sent,
  navigate = {},
  // Searches are sent on Enter only, so the test says when.
  debounceMs = 60_000,
}: {
  pending: Array<() => void>;
  sent: Array<string | undefined>;
  navigate?: { to?: (search: string) => void };
  debounceMs?: number;
}) {
  const [query, setQuery] = useState<MigrationLogQuery>(DEFAULT_QUERY);
  navigate.to = (search) => setQuery({ ...DEFAULT_QUERY, filter: { search } });
  return (
    <MigrationLogView
      dataSource={dataSource}
      now={NOW}
      timeZone="UTC"
      searchDebounceMs={debounceMs}
      query={query}
      onQueryChange={(next) => {
        sent.push(next.filter.search);
        pending.push(() => setQuery(next));
      }}
    />
  );
}

// Typing on while the host's router catches up with a search sent a moment ago: when that search
// comes back as the query, the characters typed since must stay in the box (and be searched for).
it('keeps what was typed after a search was sent when the host passes that search back later', async () => {
  const user = userEvent.setup();
  const pending: Array<() => void> = [];
  const sent: Array<string | undefined> = [];
  renderWithClient(<RouterHost pending={pending} sent={sent} />);
  const box = screen.getByRole('searchbox');
  await user.type(box, 'ad{Enter}');
  expect(pending).toHaveLength(1);
  await user.type(box, 'a');
  // The router lands on the search sent: what was typed since stays.
  act(() => pending.shift()?.());
  expect(box).toHaveValue('ada');
  // And is what the next search sends.
  await user.keyboard('{Enter}');
  expect(pending).toHaveLength(1);
  act(() => pending.shift()?.());
  expect(box).toHaveValue('ada');
  expect(sent).toEqual(['ad', 'ada']);
});

// Two searches sent before the router lands on the first: neither coming back may take the box
// back to an older text, nor drop what was typed after the second.
it('keeps the newest text when the host passes back two searches late, in order', async () => {
  const user = userEvent.setup();
  const pending: Array<() => void> = [];
  const sent: Array<string | undefined> = [];
  renderWithClient(<RouterHost pending={pending} sent={sent} />);
  const box = screen.getByRole('searchbox');
  await user.type(box, 'ab{Enter}cd{Enter}e');
  expect(sent).toEqual(['ab', 'abcd']);
  act(() => pending.shift()?.());
  expect(box).toHaveValue('abcde');
  act(() => pending.shift()?.());
  expect(box).toHaveValue('abcde');
  await user.keyboard('{Enter}');
  act(() => pending.shift()?.());
  expect(box).toHaveValue('abcde');
  expect(sent).toEqual(['ab', 'abcd', 'abcde']);
});

// The same when the searches go out as typing pauses rather than on Enter. (user-event waits on
// timers of its own, so under the fake clock the text goes in as change events.)
it('keeps the newest text when two debounced searches come back late', async () => {
  installFakeClock();
  try {
    const pending: Array<() => void> = [];
    const sent: Array<string | undefined> = [];
    renderWithClient(<RouterHost pending={pending} sent={sent} debounceMs={300} />);
    const box = screen.getByRole('searchbox');
    fireEvent.change(box, { target: { value: 'ab' } });
    await advance(300);
    fireEvent.change(box, { target: { value: 'abcd' } });
    await advance(300);
    expect(sent).toEqual(['ab', 'abcd']);
    act(() => pending.shift()?.());
    expect(box).toHaveValue('abcd');
    act(() => pending.shift()?.());
    expect(box).toHaveValue('abcd');
    // Nothing more to send: the box and the host agree.
    await advance(300);
    expect(sent).toEqual(['ab', 'abcd']);
  } finally {
    vi.useRealTimers();
  }
});

// A router that lands on the newer search first and then, late, on the older one has taken the
// host to that older search: the box follows the query the results are for.
it('shows the host’s search when it lands on an older search after the newer one', async () => {
  const user = userEvent.setup();
  const pending: Array<() => void> = [];
  const sent: Array<string | undefined> = [];
  renderWithClient(<RouterHost pending={pending} sent={sent} />);
  const box = screen.getByRole('searchbox');
  await user.type(box, 'ab{Enter}cd{Enter}');
  act(() => pending.pop()?.());
  expect(box).toHaveValue('abcd');
  act(() => pending.pop()?.());
  expect(box).toHaveValue('ab');
});

// The host's own change still wins over the box, whether searches of the box are in flight or
// came back already; a search that came back is no echo when the host goes back to it later.
it('takes the host’s own search, or none, while searches of the box are in flight or after', async () => {
  const user = userEvent.setup();
  const pending: Array<() => void> = [];
  const sent: Array<string | undefined> = [];
  const navigate: { to?: (search: string) => void } = {};
  renderWithClient(<RouterHost pending={pending} sent={sent} navigate={navigate} />);
  const box = screen.getByRole('searchbox');
  await user.type(box, 'ab{Enter}cd{Enter}');
  act(() => pending.shift()?.());
  // Reset while "abcd" is in flight; the router drops that navigation for the newer one.
  act(() => navigate.to?.(''));
  pending.length = 0;
  expect(box).toHaveValue('');
  await user.type(box, 'ab{Enter}cd{Enter}');
  act(() => pending.shift()?.());
  act(() => pending.shift()?.());
  expect(box).toHaveValue('abcd');
  // Back in the browser to the search before, which the box once sent itself.
  act(() => navigate.to?.('ab'));
  expect(box).toHaveValue('ab');
  act(() => navigate.to?.('x'));
  expect(box).toHaveValue('x');
  expect(sent).toEqual(['ab', 'abcd', 'ab', 'abcd']);
});
