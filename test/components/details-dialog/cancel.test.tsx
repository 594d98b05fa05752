import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogError } from '../../../src/core/errors.js';
import { createInMemoryDataSource } from '../../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { type Deferred, deferred } from '../../hooks/helpers.js';
import { detailsRecord, fakeSource, NOW, renderHarness } from './helpers.js';

function activeSource(options: Parameters<typeof createInMemoryDataSource>[1] = {}) {
  return createInMemoryDataSource([detailsRecord('run-1')], { now: () => NOW, ...options });
}

async function openSummary() {
  const dialog = await screen.findByRole('dialog');
  await within(dialog).findByText('In progress');
  return dialog;
}

/** An active source whose cancel hangs until the test settles it, as a server that never answers. */
function hangingCancelSource() {
  const source = activeSource();
  const cancelNow = source.cancel?.bind(source);
  const answer = deferred<void>();
  const cancel = vi.spyOn(source, 'cancel').mockImplementation(async (id, ctx) => {
    await answer.promise;
    await cancelNow?.(id, ctx);
  });
  return { source, cancel, answer };
}

type User = ReturnType<typeof userEvent.setup>;

/** Closes the open dialog. */
async function close(user: User) {
  await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Close' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

/** Opens run-1 again; returns the new dialog. */
async function reopen(user: User) {
  await user.click(screen.getByRole('button', { name: 'Open run-1' }));
  return openSummary();
}

/** Confirms Cancel, closes the dialog, opens the same migration again; returns the new dialog. */
async function cancelThenReopen(user: User) {
  const dialog = await openSummary();
  await user.click(within(dialog).getByRole('button', { name: 'Cancel migration' }));
  await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
  expect(within(dialog).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
  await close(user);
  return reopen(user);
}

const paused = () => new MigrationLogError('Cancelling is paused for maintenance.', { kind: 'http', status: 503 });

/** The failure state of a cancel: the server's message, Confirm to try again, the migration as it was. */
function expectFailed(dialog: HTMLElement) {
  const group = within(dialog).getByRole('group', { name: 'Cancel migration?' });
  expect(group).toHaveAttribute('data-state', 'failed');
  const alert = within(group).getByRole('alert');
  expect(alert).toHaveTextContent('The migration could not be cancelled.');
  expect(alert).toHaveTextContent('Cancelling is paused for maintenance.');
  expect(within(group).getByRole('button', { name: 'Confirm' })).toBeEnabled();
  expect(within(dialog).getByText('In progress')).toBeInTheDocument();
}

describe('MigrationLogDetailsDialog cancel', () => {
  it('confirms inline, shows the pending state, then the final status', async () => {
    const source = activeSource({ latency: 30 });
    const cancel = vi.spyOn(source, 'cancel');
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await openSummary();

    const trigger = within(dialog).getByRole('button', { name: 'Cancel migration' });
    await user.click(trigger);
    const group = within(dialog).getByRole('group', { name: 'Cancel migration?' });
    const confirm = within(group).getByRole('button', { name: 'Confirm' });
    expect(confirm).toHaveFocus();
    expect(cancel).not.toHaveBeenCalled();

    await user.click(confirm);
    expect(cancel).toHaveBeenCalledWith('run-1', expect.objectContaining({ signal: expect.any(AbortSignal) }));
    const pending = within(group).getByRole('button', { name: 'Cancelling…' });
    expect(pending).toBeDisabled();
    expect(pending).toHaveAttribute('aria-busy', 'true');
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    const done = await within(dialog).findByText('The migration was cancelled.');
    expect(done).toHaveAttribute('role', 'status');
    expect(done).toHaveFocus();
    expect(within(dialog).getByText('Error', { selector: '.mlv-status-badge__label' })).toBeInTheDocument();
    expect(within(dialog).queryByText('In progress')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: 'Cancel migration' })).not.toBeInTheDocument();
  });

  it('keeps running on request and gives focus back to the Cancel button', async () => {
    const source = activeSource();
    const cancel = vi.spyOn(source, 'cancel');
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await openSummary();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel migration' }));
    await user.click(within(dialog).getByRole('button', { name: 'Keep running' }));
    expect(within(dialog).queryByRole('group', { name: 'Cancel migration?' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel migration' })).toHaveFocus();
    expect(cancel).not.toHaveBeenCalled();
  });

  it('backs out of the confirmation on Escape, like Keep running; a second Escape closes the dialog', async () => {
    const source = activeSource();
    const cancel = vi.spyOn(source, 'cancel');
    const user = userEvent.setup();
    const onChange = vi.fn();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW, onChange });
    const dialog = await openSummary();
    const trigger = within(dialog).getByRole('button', { name: 'Cancel migration' });
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(within(dialog).getByRole('button', { name: 'Confirm' })).toHaveFocus();

    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).queryByRole('group', { name: 'Cancel migration?' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel migration' })).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    expect(cancel).not.toHaveBeenCalled();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(onChange).toHaveBeenCalledWith(null);
  });

  it('backs out of a failed cancel on Escape, forgetting the failure', async () => {
    const source = activeSource({ fail: (...[op]) => (op === 'cancel' ? paused() : undefined) });
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await openSummary();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel migration' }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await within(dialog).findByRole('alert');
    expectFailed(dialog);

    await user.keyboard('{Escape}');
    expect(screen.getByRole('dialog')).toBe(dialog);
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel migration' })).toHaveFocus();
  });

  // Nothing to back out of: the request cannot be taken back (Keep running is disabled), and it
  // outlives the dialog, so Escape does what it does everywhere else in the dialog.
  it('closes the dialog on Escape while the cancel is pending, and the cancel goes on', async () => {
    const { source, cancel, answer } = hangingCancelSource();
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    let dialog = await openSummary();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel migration' }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(within(dialog).getByRole('group', { name: 'Cancel migration?' })).toHaveFocus();

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    dialog = await reopen(user);
    expect(within(dialog).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
    answer.resolve();
    await within(dialog).findByText('Error', { selector: '.mlv-status-badge__label' });
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it("shows the server's message when cancelling fails and leaves the migration as it was", async () => {
    const source = activeSource({
      fail: (...[op]) =>
        op === 'cancel'
          ? new MigrationLogError('Cancelling is paused for maintenance.', { kind: 'http', status: 503 })
          : undefined,
    });
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await openSummary();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel migration' }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The migration could not be cancelled.');
    expect(alert).toHaveTextContent('Cancelling is paused for maintenance.');
    expect(within(dialog).getByText('In progress')).toBeInTheDocument();
    expect(within(dialog).queryByText('The migration was cancelled.')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Confirm' })).toBeEnabled();

    await user.click(within(dialog).getByRole('button', { name: 'Keep running' }));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel migration' })).toHaveFocus();
  });

  it('shows a cancel still pending when the dialog is reopened, and sends no second one', async () => {
    const { source, cancel, answer } = hangingCancelSource();
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await cancelThenReopen(user);

    const group = within(dialog).getByRole('group', { name: 'Cancel migration?' });
    expect(group).toHaveAttribute('aria-busy', 'true');
    expect(within(group).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
    expect(within(group).getByRole('button', { name: 'Keep running' })).toBeDisabled();
    expect(within(dialog).queryByRole('button', { name: 'Cancel migration' })).not.toBeInTheDocument();
    expect(cancel).toHaveBeenCalledTimes(1);

    answer.resolve();
    await within(dialog).findByText('Error', { selector: '.mlv-status-badge__label' });
    await waitFor(() =>
      expect(within(dialog).queryByRole('group', { name: 'Cancel migration?' })).not.toBeInTheDocument(),
    );
    // The notice belongs to the dialog that asked; this one shows the new status only.
    expect(within(dialog).queryByText('The migration was cancelled.')).not.toBeInTheDocument();
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it("shows the server's message in a reopened dialog once the pending cancel fails, and offers it again", async () => {
    const { source, cancel, answer } = hangingCancelSource();
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await cancelThenReopen(user);
    expect(within(dialog).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();

    answer.reject(paused());
    await within(dialog).findByRole('alert');
    expectFailed(dialog);

    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(cancel).toHaveBeenCalledTimes(2);
  });

  it("shows the server's message of a cancel that failed while the dialog was closed", async () => {
    const { source, cancel, answer } = hangingCancelSource();
    const user = userEvent.setup();
    const { queryClient } = renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    let dialog = await openSummary();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel migration' }));
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    await close(user);
    answer.reject(paused());
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));

    dialog = await reopen(user);
    expectFailed(dialog);
    // Shown again on the next reopen until the user dismisses it…
    await close(user);
    dialog = await reopen(user);
    expectFailed(dialog);

    // …as their own failure: "Keep running" forgets it, here and in later dialogs.
    await user.click(within(dialog).getByRole('button', { name: 'Keep running' }));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Cancel migration' })).toHaveFocus();
    await close(user);
    dialog = await reopen(user);
    expect(within(dialog).getByRole('button', { name: 'Cancel migration' })).toBeEnabled();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('takes a failure shown on reopening away when the migration ends, focus in it to the title', async () => {
    const { source, cancel, answer } = hangingCancelSource();
    const user = userEvent.setup();
    const { queryClient } = renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    let dialog = await cancelThenReopen(user);
    await close(user);
    answer.reject(paused());
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    dialog = await reopen(user);
    expectFailed(dialog);
    within(dialog).getByRole('button', { name: 'Confirm' }).focus();

    source.update('run-1', { status: 'completed', progress: 100, endTime: new Date(NOW).toISOString() });
    await within(dialog).findByText('Completed', { selector: '.mlv-status-badge__label' });
    await waitFor(() => expect(within(dialog).getByRole('heading', { name: 'Migration log details' })).toHaveFocus());
    expect(within(dialog).queryByRole('group', { name: 'Cancel migration?' })).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(cancel).toHaveBeenCalledTimes(1);
  });

  it('shows a newer cancel, pending or done, not an older failure of the same migration', async () => {
    const source = activeSource();
    const cancelNow = source.cancel?.bind(source);
    const answers: Deferred<void>[] = [];
    vi.spyOn(source, 'cancel').mockImplementation(async (id, ctx) => {
      const answer = deferred<void>();
      answers.push(answer);
      await answer.promise;
      await cancelNow?.(id, ctx);
    });
    const user = userEvent.setup();
    const { queryClient } = renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    let dialog = await cancelThenReopen(user);
    await close(user);
    answers[0]?.reject(paused());
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    dialog = await reopen(user);
    expectFailed(dialog);

    // Trying again replaces the failure; reopened while pending, the dialog shows the new cancel.
    await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    await close(user);
    dialog = await reopen(user);
    expect(within(dialog).getByRole('button', { name: 'Cancelling…' })).toBeDisabled();
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    answers[1]?.resolve();
    await within(dialog).findByText('Error', { selector: '.mlv-status-badge__label' });
    await waitFor(() =>
      expect(within(dialog).queryByRole('group', { name: 'Cancel migration?' })).not.toBeInTheDocument(),
    );
    await close(user);
    await user.click(screen.getByRole('button', { name: 'Open run-1' }));
    dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Error', { selector: '.mlv-status-badge__label' });
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('group', { name: 'Cancel migration?' })).not.toBeInTheDocument();
  });

  it('offers no Cancel when the data source cannot cancel', async () => {
    const { source } = fakeSource(async (id) => detailsRecord(id));
    renderHarness({ dataSource: source, openId: 'run-1', initialId: 'run-1', now: NOW });
    const dialog = await openSummary();
    await waitFor(() => expect(within(dialog).getByRole('progressbar')).toBeInTheDocument());
    expect(within(dialog).queryByRole('button', { name: 'Cancel migration' })).not.toBeInTheDocument();
  });
});
