import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { IssuePage, IssueQuery } from '../../../src/core/types.js';
import { bannerOf } from '../../support/error-banner.js';
import { watchStatusRegions } from '../../support/status-at-insert.js';
import { detailsRecord, fakeSource, NOW, renderHarness } from './helpers.js';

const TOTAL_ERRORS = 30_000;
const TOTAL_WARNINGS = 20_000;

/** A server with 50,000 issues that pages them itself; the first of each level is a grouped message. */
async function issuePage(_id: string, query: IssueQuery): Promise<IssuePage> {
  const total =
    query.level === 'error' ? TOTAL_ERRORS : query.level === 'warning' ? TOTAL_WARNINGS : TOTAL_ERRORS + TOTAL_WARNINGS;
  const start = query.pageIndex * query.pageSize;
  const level = query.level ?? 'error';
  const items = Array.from({ length: Math.max(0, Math.min(query.pageSize, total - start)) }, (_, i) => {
    const n = start + i;
    return n === 0
      ? { level, message: `Duplicate ${level} key`, object: 'Invoice items', recordKey: null, count: 1234 }
      : { level, message: `${level} #${n}`, object: 'Subscriptions', recordKey: `SUB-${n}`, count: 1 };
  });
  return { items, total };
}

function setup(pageSize?: number) {
  const { source, get, listIssues } = fakeSource(
    async (id) =>
      detailsRecord(id, {
        status: 'Error',
        endTime: new Date(NOW).toISOString(),
        // The details embed only a short first page: too short to stand for the server's pages.
        issues: { items: [{ level: 'error', message: 'Duplicate error key', count: 1234 }], total: 50_000 },
      }),
    { listIssues: issuePage },
  );
  if (!listIssues) throw new Error('no listIssues');
  const user = userEvent.setup();
  renderHarness({ dataSource: source, openId: 'big', initialId: 'big', now: NOW, issuesPageSize: pageSize });
  return { user, get, listIssues };
}

async function issueList() {
  const section = (await screen.findByRole('heading', { name: 'Errors and warnings' })).closest('section');
  if (!section) throw new Error('no issues section');
  await within(section).findByRole('list');
  return section;
}

const signal = expect.objectContaining({ signal: expect.any(AbortSignal) });

describe('MigrationLogDetailsDialog issues', () => {
  it('asks for one page at a time and shows grouped counts', async () => {
    const { user, listIssues } = setup();
    const section = await issueList();
    expect(listIssues).toHaveBeenCalledTimes(1);
    expect(listIssues).toHaveBeenLastCalledWith('big', { pageIndex: 0, pageSize: 50 }, signal);
    expect(section.querySelectorAll('li')).toHaveLength(50);
    const grouped = within(section).getByText('Duplicate error key').closest('li');
    expect(grouped).toHaveTextContent('1,234 times');
    expect(grouped).toHaveTextContent('ObjectInvoice items');
    const single = within(section).getByText('error #1').closest('li');
    expect(single).not.toHaveTextContent('times');
    expect(single).toHaveTextContent('RecordSUB-1');
    expect(within(section).getByRole('status')).toHaveTextContent('Page 1 of 1000');

    await user.click(within(section).getByRole('button', { name: 'Next page' }));
    await within(section).findByText('error #50');
    expect(listIssues).toHaveBeenCalledTimes(2);
    expect(listIssues).toHaveBeenLastCalledWith('big', { pageIndex: 1, pageSize: 50 }, signal);
    expect(within(section).getByRole('status')).toHaveTextContent('Page 2 of 1000');

    const previous = within(section).getByRole('button', { name: 'Previous page' });
    await user.click(previous);
    await within(section).findByText('Duplicate error key');
    // Unavailable on the first page, yet still focusable: disabling it would drop focus to <body>.
    expect(previous).toHaveAttribute('aria-disabled', 'true');
    expect(previous).toBeEnabled();
    // A page turn takes focus to the list's heading, so the new page is read from its start.
    expect(within(section).getByRole('heading', { name: 'Errors and warnings' })).toHaveFocus();
    const calls = listIssues.mock.calls.length;
    await user.click(previous);
    expect(listIssues).toHaveBeenCalledTimes(calls);
    expect(within(section).getByRole('status')).toHaveTextContent('Page 1 of 1000');
    // Page 1 came from the cache; nothing beyond the pages visited was ever asked for.
    expect(listIssues.mock.calls.every(([, query]) => query.pageSize === 50)).toBe(true);
    expect(listIssues.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('filters by level through the data source, back to the first page', async () => {
    const { user, listIssues } = setup(10);
    const section = await issueList();
    await user.click(within(section).getByRole('button', { name: 'Next page' }));
    await within(section).findByText('error #10');

    const warnings = within(section).getByRole('button', { name: 'Warnings' });
    expect(within(section).getByRole('button', { name: 'All' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(warnings);
    expect(warnings).toHaveAttribute('aria-pressed', 'true');
    await within(section).findByText('Duplicate warning key');
    expect(listIssues).toHaveBeenLastCalledWith('big', { pageIndex: 0, pageSize: 10, level: 'warning' }, signal);
    const items = Array.from(section.querySelectorAll('li'));
    expect(items).toHaveLength(10);
    expect(items.every((item) => item.getAttribute('data-level') === 'warning')).toBe(true);
    expect(within(section).getAllByText('Warning')).toHaveLength(10);
    expect(within(section).getByRole('status')).toHaveTextContent('Page 1 of 2000');

    await user.click(within(section).getByRole('button', { name: 'Errors' }));
    await waitFor(() =>
      expect(listIssues).toHaveBeenLastCalledWith('big', { pageIndex: 0, pageSize: 10, level: 'error' }, signal),
    );
    await within(section).findByText('Duplicate error key');
  });

  it('uses the embedded page alone when the data source cannot page, filtering it locally', async () => {
    const { source, get } = fakeSource(async (id) => detailsRecord(id));
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'small', initialId: 'small', now: NOW });
    const section = await issueList();
    expect(within(section).getAllByRole('listitem')).toHaveLength(2);
    expect(within(section).getByText('Rounded amount').closest('li')).toHaveTextContent('3 times');
    expect(within(section).queryByRole('navigation')).not.toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Errors' }));
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
    expect(within(section).getByText('Account not found')).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: 'Warnings' }));
    expect(within(section).getByText('Rounded amount')).toBeInTheDocument();
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('says "Loading" in a live region that was there, empty, before the text (else it goes unheard)', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id, { issues: null }), {
      listIssues: () => new Promise<IssuePage>(() => {}),
    });
    const regions = watchStatusRegions();
    renderHarness({ dataSource: source, openId: 'x', initialId: 'x', now: NOW });
    const dialog = await screen.findByRole('dialog');
    const said = await waitFor(() => {
      const region = within(dialog)
        .getAllByRole('status')
        .find((status) => status.textContent === 'Loading errors and warnings…');
      expect(region).toBeDefined();
      return region as HTMLElement;
    });
    regions.stop();
    expect(regions.textAtInsert(said)).toBe('');
    // A screen reader may hold back changes inside an aria-busy element until it is no longer busy.
    expect(said.closest('[aria-busy="true"]')).toBeNull();
  });

  it('says when there are none, and shows a failing page as text with a retry', async () => {
    let failing = true;
    const { source } = fakeSource(async (id) => detailsRecord(id, { issues: null }), {
      listIssues: async (_id, query) => {
        if (failing) throw new Error('Issue store unavailable');
        return query.level === 'warning' ? { items: [], total: 0 } : issuePage(_id, query);
      },
    });
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'x', initialId: 'x', now: NOW });
    const heading = await screen.findByRole('heading', { name: 'Errors and warnings' });
    const section = heading.closest('section') as HTMLElement;
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Issue store unavailable');
    failing = false;
    await user.click(within(bannerOf(alert)).getByRole('button', { name: 'Retry' }));
    await within(section).findByText('Duplicate error key');
    await user.click(within(section).getByRole('button', { name: 'Warnings' }));
    expect(await within(section).findByText('No warnings.')).toBeInTheDocument();
  });
});
