import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IssuePage, IssueQuery, RequestContext } from '../../../src/core/types.js';
import { detailsRecord, fakeSource, NOW, renderHarness } from './helpers.js';

const TOTAL = 500;

function page(query: IssueQuery): IssuePage {
  const start = query.pageIndex * query.pageSize;
  const items = Array.from({ length: Math.min(query.pageSize, TOTAL - start) }, (_, i) => ({
    level: 'error' as const,
    message: `issue #${start + i}`,
    count: 1,
  }));
  return { items, total: TOTAL };
}

// The e2e flake looked like a stale page: answers that arrive out of order, late, or after their
// request was aborted (a server that ignores the abort) must never replace the page asked for last.
describe('MigrationLogDetailsDialog issue pages answered out of order', () => {
  it('shows the page asked for last, whatever order the answers come in', async () => {
    const held = new Map<number, { answer: () => void; signal: AbortSignal | undefined }>();
    const listIssues = async (_id: string, query: IssueQuery, ctx: RequestContext) => {
      if (query.pageIndex === 0) return page(query);
      // Held until the test answers it; ignores its abort signal, as a slow server would.
      return new Promise<IssuePage>((resolve) => {
        held.set(query.pageIndex, { answer: () => resolve(page(query)), signal: ctx.signal });
      });
    };
    const { source } = fakeSource(
      async (id) => detailsRecord(id, { status: 'Error', issues: { items: [], total: TOTAL } }),
      { listIssues },
    );
    renderHarness({ dataSource: source, openId: 'big', initialId: 'big', now: NOW, issuesPageSize: 10 });
    const user = userEvent.setup();
    const section = (await screen.findByRole('heading', { name: 'Errors and warnings' })).closest('section');
    if (!section) throw new Error('no issues section');
    await within(section).findByText('issue #0');
    const next = within(section).getByRole('button', { name: 'Next page' });
    const firstShown = () => section.querySelector('li .mlv-details__issue-message')?.textContent;

    await user.click(next);
    await user.click(next);
    expect(within(section).getByRole('status')).toHaveTextContent('Page 3 of 50');
    expect([...held.keys()]).toEqual([1, 2]);
    // Page 2's request lost its last observer when page 3 was asked for: aborted.
    expect(held.get(1)?.signal?.aborted).toBe(true);

    await act(async () => held.get(2)?.answer());
    await within(section).findByText('issue #20');
    await act(async () => held.get(1)?.answer());
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(firstShown()).toBe('issue #20');
    expect(within(section).queryByText('issue #10')).toBeNull();
    expect(within(section).getByRole('status')).toHaveTextContent('Page 3 of 50');
    expect(section).toHaveAttribute('aria-busy', 'false');
  });
});
