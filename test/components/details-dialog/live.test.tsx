import { act, render, screen, within } from '@testing-library/react';
import { MigrationLogDetailsDialog } from '../../../src/components/details-dialog/MigrationLogDetailsDialog.js';
import { MIN_REFRESH_INTERVAL } from '../../../src/hooks/refresh-interval.js';
import { bannerOf } from '../../support/error-banner.js';
import { detailsRecord, fakeSource, NOW, testClient } from './helpers.js';

/** Lets timers and the promises they start run, as time passing would. */
async function advance(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

/**
 * One refresh interval, then 10 ms for its answer to render: TanStack notifies on 0 ms timers,
 * which fake timers run 1 ms later.
 */
async function nextPoll() {
  await advance(MIN_REFRESH_INTERVAL);
  await advance(10);
}

/** A migration that advances 10 points per request and completes once `finished` is set. */
function liveSource() {
  const state = { calls: 0, finished: false };
  const fake = fakeSource(async (id) => {
    state.calls++;
    const progress = Math.min(100, state.calls * 10);
    return detailsRecord(id, {
      startTime: new Date(NOW - 65_000).toISOString(),
      progress,
      issueCounts: { total: 1000, processed: progress * 10 },
      ...(state.finished ? { status: 'Completed', progress: 100, endTime: new Date(Date.now()).toISOString() } : {}),
    });
  });
  return { ...fake, state };
}

function renderDialog(source: ReturnType<typeof liveSource>['source'], migrationId: string | null) {
  const client = testClient();
  const ui = (id: string | null) => (
    <MigrationLogDetailsDialog
      dataSource={source}
      migrationId={id}
      onMigrationIdChange={() => {}}
      refreshInterval={MIN_REFRESH_INTERVAL}
      queryClient={client}
      locale="en-US"
      timeZone="UTC"
    />
  );
  const view = render(ui(migrationId));
  return { ...view, setId: (id: string | null) => view.rerender(ui(id)) };
}

describe('MigrationLogDetailsDialog live refresh', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('updates progress and duration in place, then stops polling once final', async () => {
    const { source, get, state } = liveSource();
    renderDialog(source, 'live-1');
    await advance(10);
    const dialog = screen.getByRole('dialog');
    const bar = within(dialog).getByRole('progressbar');
    expect(bar).toHaveAttribute('aria-valuenow', '10');
    expect(dialog).toHaveTextContent('1 min 5 s');

    for (const expected of [20, 30]) {
      await nextPoll();
      // The same element, updated: no loading state replaced the shown details.
      expect(within(dialog).getByRole('progressbar')).toBe(bar);
      expect(bar).toHaveAttribute('aria-valuenow', String(expected));
      expect(within(dialog).getByRole('region', { name: 'Migration log details' })).toHaveAttribute(
        'aria-busy',
        'false',
      );
      expect(within(dialog).queryByText('Loading migration details…')).not.toBeInTheDocument();
    }
    expect(bar).toHaveAttribute('aria-valuetext', '300 of 1,000 records (30%)');
    expect(dialog).toHaveTextContent('1 min 7 s');
    expect(get).toHaveBeenCalledTimes(3);

    state.finished = true;
    await nextPoll();
    expect(within(dialog).getByText('Completed')).toBeInTheDocument();
    const calls = get.mock.calls.length;
    const duration = dialog.querySelector('.mlv-details__duration')?.textContent;
    await advance(10 * MIN_REFRESH_INTERVAL);
    expect(get).toHaveBeenCalledTimes(calls);
    // Final: the duration is end − start and no longer ticks.
    expect(dialog.querySelector('.mlv-details__duration')?.textContent).toBe(duration);
  });

  it('stops polling when the dialog closes', async () => {
    const { source, get } = liveSource();
    const { setId } = renderDialog(source, 'live-1');
    await advance(10);
    await nextPoll();
    expect(get).toHaveBeenCalledTimes(2);
    setId(null);
    await advance(10);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await advance(10 * MIN_REFRESH_INTERVAL);
    expect(get).toHaveBeenCalledTimes(2);
  });

  it('keeps the shown details when a refresh fails, with the message and a retry', async () => {
    const { source, get } = liveSource();
    renderDialog(source, 'live-1');
    await advance(10);
    get.mockRejectedValueOnce(new Error('Connection reset'));
    await nextPoll();
    const dialog = screen.getByRole('dialog');
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('Connection reset');
    expect(within(bannerOf(alert)).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    expect(within(dialog).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '10');
  });

  it('says a failed refresh again after a failed Retry, not after each failed poll', async () => {
    const { source, get } = liveSource();
    renderDialog(source, 'live-1');
    await advance(10);
    let fail: () => void = () => {};
    get.mockImplementation(
      () =>
        new Promise((_, reject) => {
          fail = () => reject(new Error('Connection reset'));
        }),
    );
    const failNow = async () => {
      fail();
      await advance(10);
    };
    await nextPoll();
    await failNow();
    const dialog = screen.getByRole('dialog');
    const first = within(dialog).getByRole('alert');
    await nextPoll();
    await failNow();
    expect(get).toHaveBeenCalledTimes(3);
    // A poll failing the same way changes nothing: saying it every interval would drown the page out.
    expect(within(dialog).getByRole('alert')).toBe(first);
    const retry = within(bannerOf(first)).getByRole('button', { name: 'Retry' });
    await act(async () => retry.click());
    await advance(1);
    expect(retry).toHaveAttribute('aria-busy', 'true');
    expect(within(dialog).getByRole('alert')).toBe(first);
    await failNow();
    expect(get).toHaveBeenCalledTimes(4);
    // The same words in the same alert are not read again; a new alert element is.
    const again = within(dialog).getByRole('alert');
    expect(again).not.toBe(first);
    expect(again).toHaveTextContent('Connection reset');
    expect(retry).not.toHaveAttribute('aria-busy');
  });
});
