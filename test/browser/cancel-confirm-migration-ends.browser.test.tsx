import { userEvent } from 'vitest/browser';
import { finishingSource, withConfirmationShown } from './support/finishing-source.js';
import { storyProject } from './support/run-story.js';

// The migration ends on its own while its cancel is being confirmed. Confirm stayed offered: the
// next Enter sent a cancel for a migration already over (and could then say it was cancelled). The
// confirmation goes away with the migration's activity, and focus, which was on Confirm, goes to the
// dialog's title, where the details (and their new status) are read from.
beforeAll(storyProject.beforeAll);

/** The finishing migration of support/finishing-source.ts, counting cancels. */
function countingSource() {
  const cancel = vi.fn(async () => {});
  return { ...finishingSource(cancel), cancel };
}

it('takes the confirmation away, focus to the title, when the migration ends while it is shown', async () => {
  const { source, finish, cancel } = countingSource();
  await withConfirmationShown(source, async (dialog) => {
    finish();
    await vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', 'completed'));
    // The user meant to confirm and presses Enter as the new status shows: nothing is sent.
    await userEvent.keyboard('{Enter}');
    // Past Radix's own rescue of a focus lost in the dialog (a mutation observer) and our effects.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialog.querySelector('.mlv-details__cancel-confirm')).toBeNull();
    expect(dialog.querySelector('.mlv-details__cancel, .mlv-details__cancel-done')).toBeNull();
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
    expect(cancel).not.toHaveBeenCalled();
  });
});

it('leaves focus alone when it was not in the confirmation as the migration ends', async () => {
  const { source, finish, cancel } = countingSource();
  await withConfirmationShown(source, async (dialog) => {
    const close = dialog.querySelector('.mlv-dialog__close') as HTMLElement;
    close.focus();
    finish();
    await vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', 'completed'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialog.querySelector('.mlv-details__cancel-confirm')).toBeNull();
    expect(document.activeElement).toBe(close);
    expect(cancel).not.toHaveBeenCalled();
  });
});
