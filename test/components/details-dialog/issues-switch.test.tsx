import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IssuePage, IssueQuery } from '../../../src/core/types.js';
import { deferred } from '../../hooks/helpers.js';
import { detailsRecord, fakeSource, SwitchingHost, testClient } from './helpers.js';

const issueOf = (id: string, n: number, level = 'error') => ({ level, message: `${id} ${level} #${n}`, count: 1 });

/** m-1 pages at once; m-2's pages wait until the test lets them through. */
function setup() {
  const m2Page = deferred<IssuePage>();
  const { source, listIssues } = fakeSource(
    async (id) =>
      detailsRecord(id, {
        status: 'Error',
        // Too short for a page of 50: the dialog asks listIssues for the full first page.
        issues: { items: [issueOf(id, 0)], total: 500 },
      }),
    {
      listIssues: async (id: string, query: IssueQuery) => {
        if (id === 'm-2') return m2Page.promise;
        const start = query.pageIndex * query.pageSize;
        const items = Array.from({ length: query.pageSize }, (_, i) => issueOf(id, start + i, query.level));
        return { items, total: 500 };
      },
    },
  );
  render(<SwitchingHost dataSource={source} queryClient={testClient()} />);
  return { listIssues, m2Page };
}

async function issueSection() {
  const heading = await screen.findByRole('heading', { name: 'Errors and warnings' });
  return heading.closest('section') as HTMLElement;
}

describe('the open dialog switched to another migration', () => {
  it("opens the other one at its first page and all levels, and never shows the last one's issues", async () => {
    const { listIssues, m2Page } = setup();
    const user = userEvent.setup();
    // Both migrations' details get cached, so a switch shows the next one's details at once.
    await screen.findByText('m-1 error #49');
    fireEvent.click(screen.getByText('Show m-2'));
    await screen.findByText('m-2 error #0');
    fireEvent.click(screen.getByText('Show m-1'));
    let section = await issueSection();
    await user.click(within(section).getByRole('button', { name: 'Errors' }));
    await user.click(await within(section).findByRole('button', { name: 'Next page' }));
    await user.click(await within(section).findByRole('button', { name: 'Next page' }));
    await within(section).findByText('m-1 error #100');
    expect(within(section).getByRole('status')).toHaveTextContent('Page 3 of 10');

    fireEvent.click(screen.getByText('Show m-2'));
    section = await issueSection();
    // m-2's page of 50 is still on its way: its embedded first issue stands in, nothing of m-1's.
    expect(within(section).getByText('m-2 error #0')).toBeInTheDocument();
    expect(within(section).queryByText(/m-1/)).toBeNull();
    expect(within(section).getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(section).getByRole('status')).toHaveTextContent('Page 1 of 10');
    expect(listIssues).toHaveBeenLastCalledWith('m-2', { pageIndex: 0, pageSize: 50 }, expect.anything());

    m2Page.resolve({ items: Array.from({ length: 50 }, (_, i) => issueOf('m-2', i)), total: 500 });
    await within(section).findByText('m-2 error #49');
    expect(within(section).queryByText(/m-1/)).toBeNull();
  });
});
