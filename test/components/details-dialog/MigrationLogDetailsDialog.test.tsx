import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogDetailsDialog } from '../../../src/components/details-dialog/MigrationLogDetailsDialog.js';
import { germanMessages } from '../../../src/core/messages-de.js';
import { generateMigrationLogs } from '../../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { bannerOf } from '../../support/error-banner.js';
import { tabTo } from '../../support/keyboard.js';
import { watchStatusRegions } from '../../support/status-at-insert.js';
import { detailsRecord, fakeSource, NOW, renderHarness, testClient } from './helpers.js';

function tabbables(root: HTMLElement): HTMLElement[] {
  return Array.from(
    root.querySelectorAll<HTMLElement>('button:not([disabled]), a[href], input, select, [tabindex="0"]'),
  );
}

describe('MigrationLogDetailsDialog', () => {
  it('loads a controlled id by id, even when it is on no loaded page', async () => {
    const records = generateMigrationLogs({ count: 500, seed: 4, now: NOW });
    const target = records[499];
    if (!target) throw new Error('no record');
    const source = createInMemoryDataSource(records, { now: () => NOW });
    const list = vi.spyOn(source, 'list');
    const get = vi.spyOn(source, 'get');
    render(
      <MigrationLogDetailsDialog
        dataSource={source}
        migrationId={target.id}
        onMigrationIdChange={() => {}}
        queryClient={testClient()}
        now={NOW}
        locale="en-US"
        timeZone="UTC"
      />,
    );
    const dialog = await screen.findByRole('dialog', { name: 'Migration log details' });
    expect(dialog).toHaveAttribute('data-state', 'open');
    expect(dialog).toHaveClass('mlv-dialog', 'mlv-styled');
    await within(dialog).findByText(target.id, { selector: 'code' });
    expect(get).toHaveBeenCalledWith(target.id, expect.objectContaining({ signal: expect.any(AbortSignal) }));
    expect(list).not.toHaveBeenCalled();
    expect(dialog).toHaveAccessibleDescription(`Migration ${target.id}`);
  });

  it('shows a loading state first, then the details', async () => {
    let resolve: (value: ReturnType<typeof detailsRecord>) => void = () => {};
    const { source } = fakeSource(() => new Promise((res) => (resolve = res)));
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const dialog = await screen.findByRole('dialog');
    const body = within(dialog).getByRole('region', { name: 'Migration log details' });
    expect(body).toHaveAttribute('aria-busy', 'true');
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Loading migration details…'));
    resolve(detailsRecord('m-1'));
    await within(dialog).findByText('ada@example.com');
    expect(body).toHaveAttribute('aria-busy', 'false');
    expect(status).toBeEmptyDOMElement();
  });

  it('says "Loading" in a live region that was there, empty, before the text (else it goes unheard)', async () => {
    const { source } = fakeSource(() => new Promise(() => {}));
    const regions = watchStatusRegions();
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const dialog = await screen.findByRole('dialog');
    const status = within(dialog).getByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Loading migration details…'));
    regions.stop();
    expect(regions.textAtInsert(status)).toBe('');
    // A screen reader may hold back changes inside an aria-busy element until it is no longer busy.
    expect(status.closest('[aria-busy="true"]')).toBeNull();
  });

  it('says an unknown id was not found, and offers a retry', async () => {
    const source = createInMemoryDataSource(generateMigrationLogs({ count: 5, seed: 1, now: NOW }), { now: () => NOW });
    renderHarness({ dataSource: source, openId: 'nope', initialId: 'nope' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Migration nope was not found.');
    expect(within(bannerOf(alert)).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Migration log details' })).toHaveAttribute('aria-busy', 'false');
  });

  it('shows other errors with the server message and retries', async () => {
    let fail = true;
    const { source, get } = fakeSource(async (id) => {
      if (fail) throw new Error('Gateway timeout');
      return detailsRecord(id);
    });
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The migration details could not be loaded.');
    expect(alert).toHaveTextContent('Gateway timeout');
    fail = false;
    await user.click(within(bannerOf(alert)).getByRole('button', { name: 'Retry' }));
    await screen.findByText('ada@example.com');
    expect(get).toHaveBeenCalledTimes(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps focus inside, cycles Tab, and returns focus to the opener on Escape', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderHarness({ dataSource: source, openId: 'm-1', now: NOW, onChange });
    const opener = screen.getByRole('button', { name: 'Open m-1' });
    await tabTo(user, opener);
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('ada@example.com');
    // Focus starts at the title, inside the dialog.
    expect(within(dialog).getByRole('heading', { name: 'Migration log details' })).toHaveFocus();

    const stops = tabbables(dialog);
    const first = stops[0];
    const last = stops.at(-1);
    if (!first || !last) throw new Error('nothing tabbable');
    expect(first).toHaveAccessibleName('Close');
    // Next, the scrolling body itself: with focus there, arrows and Page Down scroll the details.
    expect(stops[1]).toBe(within(dialog).getByRole('region', { name: 'Migration log details' }));
    expect(stops[1]).toHaveClass('mlv-dialog__body');
    for (let i = 0; i < stops.length + 3; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
    }
    await tabTo(user, last);
    await user.tab();
    expect(first).toHaveFocus();
    await user.tab({ shift: true });
    expect(last).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onChange).toHaveBeenCalledWith(null);
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('closes with the Close button and returns focus to the opener', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'm-1', now: NOW });
    const opener = screen.getByRole('button', { name: 'Open m-1' });
    await user.click(opener);
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(opener).toHaveFocus());
  });

  it('works uncontrolled from defaultMigrationId', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <MigrationLogDetailsDialog
        dataSource={source}
        defaultMigrationId="m-9"
        onMigrationIdChange={onChange}
        queryClient={testClient()}
        now={NOW}
      />,
    );
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('m-9', { selector: 'code' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('shows the summary: status description, support text, times, UTC on demand, duration, cutover', async () => {
    const { source } = fakeSource(async (id) =>
      detailsRecord(id, {
        status: 'COMPLETED_WARNING',
        startTime: '2026-11-28T09:00:00Z',
        endTime: '2026-11-28T11:05:00Z',
        cutoverDate: '2026-01-31',
        resultFileUrl: 'https://files.example.com/result.csv',
      }),
    );
    const user = userEvent.setup();
    renderHarness({
      dataSource: source,
      openId: 'm-1',
      initialId: 'm-1',
      now: NOW,
      timeZone: 'Asia/Tokyo',
      messages: { supportText: 'Contact billing-support@example.com.' },
    });
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Completed-Warning');
    expect(dialog).toHaveTextContent('The migration is completed, but the data was only partly generated');
    expect(within(dialog).getByText('Contact billing-support@example.com.')).toBeVisible();
    // Shown as text beside the badge, the description is there once, not again as the badge's.
    expect(dialog.textContent?.split('only partly generated')).toHaveLength(2);
    expect(dialog).toHaveTextContent('2 h 5 min');
    // The cutover date never goes through the time zone.
    expect(within(dialog).getByText('Jan 31, 2026')).toHaveAttribute('dateTime', '2026-01-31');
    // Start in Tokyo; exact UTC as text after the toggle.
    expect(within(dialog).getByText('Nov 28, 2026, 6:00 PM')).toBeInTheDocument();
    const toggle = within(dialog).getByRole('button', { name: 'Show UTC times' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(dialog).getByText('UTC: 2026-11-28T09:00:00.000Z')).toBeInTheDocument();
    expect(within(dialog).getByText('UTC: 2026-11-28T11:05:00.000Z')).toBeInTheDocument();
    const link = within(dialog).getByRole('link', { name: 'Download result file' });
    expect(link).toHaveAttribute('href', 'https://files.example.com/result.csv');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveAttribute('download');
    // Final, so no Cancel.
    expect(within(dialog).queryByRole('button', { name: 'Cancel migration' })).not.toBeInTheDocument();
  });

  it('floors the percentage of records, so a running migration never reads 100%', async () => {
    const issueCounts = { total: 1000, processed: 996, succeeded: 996, failed: 0, skipped: 0, warnings: 0, errors: 0 };
    const { source } = fakeSource(async (id) => detailsRecord(id, { progress: 99.6, issueCounts }));
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const bar = await within(await screen.findByRole('dialog')).findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '99');
    expect(bar).toHaveAttribute('aria-valuetext', '996 of 1,000 records (99%)');
  });

  it('writes the percentage the locale way', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    renderHarness({
      dataSource: source,
      openId: 'm-1',
      initialId: 'm-1',
      now: NOW,
      locale: 'de-DE',
      messages: germanMessages,
    });
    const bar = await within(await screen.findByRole('dialog')).findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuetext', '400 von 1.000 Datensätzen (40\u00a0%)');
  });

  it('shows progress with records, counts, the object breakdown and parameters', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const dialog = await screen.findByRole('dialog');
    const bar = await within(dialog).findByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '40');
    expect(bar).toHaveAttribute('aria-valuetext', '400 of 1,000 records (40%)');
    const counts = within(dialog).getByText('Succeeded').closest('dl');
    if (!counts) throw new Error('no counts');
    expect(counts).toHaveTextContent('Succeeded396Failed2Skipped2Warnings3');
    const table = within(dialog).getByRole('table', { name: 'Records by object' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('Subscriptions60030012');
    expect(within(dialog).getByText('batchSize').closest('dt')?.nextSibling).toHaveTextContent('500');
    expect(within(dialog).getByText('dryRun').closest('dt')?.nextSibling).toHaveTextContent('false');
    // Live duration from the injected clock: started 65 s before it.
    expect(dialog).toHaveTextContent('1 min 5 s');
  });

  it('copies the id and announces it; a failing clipboard is said, not thrown', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'm-42', initialId: 'm-42', now: NOW });
    const dialog = await screen.findByRole('dialog');
    const copy = await within(dialog).findByRole('button', { name: 'Copy migration ID' });
    await user.click(copy);
    expect(await navigator.clipboard.readText()).toBe('m-42');
    const status = await within(dialog).findByText('Copied');
    expect(status).toHaveAttribute('role', 'status');
    // A second copy empties the live region before saying it again, so it is announced again.
    await user.click(copy);
    expect(status).toHaveTextContent(/^$/);
    await waitFor(() => expect(status).toHaveTextContent('Copied'));

    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(copy);
    expect(await within(dialog).findByText(/Could not copy/)).toHaveAttribute('role', 'status');
    expect(window.getSelection()?.toString()).toBe('m-42');
  });

  it('passes props through to the content and can be unstyled', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    renderHarness({
      dataSource: source,
      openId: 'm-1',
      initialId: 'm-1',
      unstyled: true,
      className: 'host-dialog',
      'data-testid': 'details',
      messages: { detailsTitle: 'Détails' },
    } as Parameters<typeof renderHarness>[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Détails' });
    expect(dialog).toHaveAttribute('data-testid', 'details');
    expect(dialog).toHaveClass('mlv-dialog', 'host-dialog');
    expect(dialog).not.toHaveClass('mlv-styled');
  });
});
