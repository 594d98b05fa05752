/**
 * In <StrictMode> the user sees one consistent result: no duplicate rows, never an error, every
 * query answered exactly once.
 *
 * StrictMode mounts, unmounts and remounts every effect once. TanStack Query then starts a request
 * on the first mount, aborts it on the unmount (its signal is consumed) and starts it again: the
 * source sees an aborted call before the real one. That is not visible to the user, who sees one
 * loading state and then one answer, so the test counts settled, non-aborted calls.
 */
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { DEFAULT_QUERY } from '../../../src/core/query.js';
import type { MigrationLogQuery } from '../../../src/core/types.js';
import { createChaosDataSource } from '../../../src/data-sources/chaos/create-chaos-data-source.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { queryKey } from '../../support/chaos-model.js';

const NOW = Date.UTC(2026, 10, 28, 12);

describe('MigrationLogView in StrictMode', () => {
  it('shows each answer once, never an error, and answers each query once', async () => {
    const chaos = createChaosDataSource(
      createInMemoryDataSource(generateMigrationLogs({ count: 30, seed: 9, now: NOW }), { now: () => NOW }),
      { latency: { min: 0, max: 30 }, seed: 3 },
    );
    const client = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
    const asked: MigrationLogQuery[] = [];
    // Any alert at any moment, however brief, is a flash the user would see.
    const alerts: string[] = [];
    const observer = new MutationObserver(() => {
      for (const alert of document.querySelectorAll('[role="alert"]')) alerts.push(alert.textContent ?? '');
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const user = userEvent.setup({ delay: null });

    const { container } = render(
      <StrictMode>
        <MigrationLogView
          dataSource={chaos}
          queryClient={client}
          defaultQuery={{ pageSize: 5 }}
          onQueryChange={(query) => asked.push(query)}
          now={NOW}
          locale="en-US"
          timeZone="UTC"
        />
      </StrictMode>,
    );
    const table = container.querySelector('.mlv-table-root') as HTMLElement;
    const answered = () => chaos.calls().filter((call) => call.operation === 'list' && call.outcome === 'answered');
    const expectShown = async () => {
      await waitFor(() => expect(chaos.stats().openCalls + client.isFetching()).toBe(0));
      const answer = answered().at(-1)?.answer as { items: { id: string }[] };
      await waitFor(() => {
        const keys = [...table.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')].map((r) => r.dataset.rowKey);
        expect(keys).toEqual(answer.items.map((item) => item.id));
      });
    };

    await expectShown();
    await user.click(within(table).getByRole('button', { name: /^Status/ }));
    await expectShown();
    await user.click(within(table).getByRole('button', { name: 'Next page' }));
    await expectShown();
    const [details] = within(table).getAllByRole('button', { name: /^View details of/ });
    await user.click(details as HTMLElement);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(dialog.querySelector('.mlv-details__id')).not.toBeNull());
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    observer.disconnect();

    expect(alerts).toEqual([]);
    const distinct = new Set([{ ...DEFAULT_QUERY, pageSize: 5 }, ...asked].map(queryKey));
    expect(asked).toHaveLength(2);
    const answeredKeys = answered().map((call) => queryKey(call.query as MigrationLogQuery));
    expect(answeredKeys).toHaveLength(new Set(answeredKeys).size);
    expect(new Set(answeredKeys)).toEqual(distinct);
    const gets = chaos.calls().filter((call) => call.operation === 'get' && call.outcome === 'answered');
    expect(gets).toHaveLength(1);
  });
});
