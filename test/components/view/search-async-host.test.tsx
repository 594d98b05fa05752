import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { DEFAULT_QUERY } from '../../../src/core/query.js';
import type { MigrationLogQuery } from '../../../src/core/types.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { renderWithClient } from '../../support/render.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const dataSource = createInMemoryDataSource(generateMigrationLogs({ count: 10, seed: 2, now: NOW }), {
  now: () => NOW,
});

/**
 * A host that mirrors the query in its URL through an asynchronous router: the query it passes back
 * arrives some time after onQueryChange (here when the test says so).
 */
function RouterHost({ pending, sent }: { pending: Array<() => void>; sent: Array<string | undefined> }) {
  const [query, setQuery] = useState<MigrationLogQuery>(DEFAULT_QUERY);
  return (
    <MigrationLogView
      dataSource={dataSource}
      now={NOW}
      timeZone="UTC"
      // Searches are sent on Enter only, so the test says when.
      searchDebounceMs={60_000}
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
