import { userEvent } from 'vitest/browser';
import { MigrationLogError } from '../../src/core/errors.js';
import { finishingSource, withConfirmationShown } from './support/finishing-source.js';
import { storyProject } from './support/run-story.js';

// The cancel fails (the server says the migration is finishing) and the migration then ends, the
// failure still shown. Its Confirm (try again) stayed offered: Enter or a click sent a cancel for a
// migration already over. Like a plain confirmation (cancel-confirm-migration-ends.browser.test.tsx),
// the failure goes away with the migration's activity; focus that was in it goes to the dialog's
// title, where the details (and their new status) are read from, and focus elsewhere stays.
beforeAll(storyProject.beforeAll);

/** The finishing migration of support/finishing-source.ts; its cancels fail, counted. */
function failingSource() {
  const cancel = vi.fn(async () => {
    throw new MigrationLogError('The migration is finishing.', { kind: 'http', status: 409 });
  });
  return { ...finishingSource(cancel), cancel };
}

/** Confirms, waits for the failure (focus on its group), runs `focus`, then ends the migration. */
async function failThenFinish(
  dialog: HTMLElement,
  { finish }: { finish: () => void },
  focus: () => Promise<void> | void,
): Promise<void> {
  await userEvent.keyboard('{Enter}');
  const group = dialog.querySelector('.mlv-details__cancel-confirm');
  await vi.waitFor(() => expect(group).toHaveAttribute('data-state', 'failed'));
  // Focus went to the group while the cancel was pending, and stays there.
  expect(document.activeElement).toBe(group);
  await focus();
  finish();
  await vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', 'completed'));
}

const confirmIn = (dialog: HTMLElement) =>
  [...dialog.querySelectorAll('button')].find((button) => button.textContent === 'Confirm') ?? null;

it('takes a failed cancel away, focus on its Confirm to the title, and the next Enter sends nothing', async () => {
  const failing = failingSource();
  await withConfirmationShown(failing.source, async (dialog) => {
    await failThenFinish(dialog, failing, async () => {
      await userEvent.keyboard('{Tab}');
      expect(document.activeElement).toBe(confirmIn(dialog));
    });
    // The user meant to try again and presses Enter as the new status shows.
    await userEvent.keyboard('{Enter}');
    // Past Radix's own rescue of a focus lost in the dialog (a mutation observer) and our effects.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(failing.cancel).toHaveBeenCalledTimes(1);
    expect(dialog.querySelector('.mlv-details__cancel-confirm')).toBeNull();
    expect(dialog.querySelector('[role="alert"]')).toBeNull();
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
  });
});

it('puts focus that was on the failure itself on the title when the migration ends', async () => {
  const failing = failingSource();
  await withConfirmationShown(failing.source, async (dialog) => {
    await failThenFinish(dialog, failing, () => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialog.querySelector('.mlv-details__cancel-confirm')).toBeNull();
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
  });
});

it('leaves focus elsewhere alone and offers nothing to click once the migration ends', async () => {
  const failing = failingSource();
  await withConfirmationShown(failing.source, async (dialog) => {
    const close = dialog.querySelector('.mlv-dialog__close') as HTMLElement;
    await failThenFinish(dialog, failing, () => close.focus());
    await new Promise((resolve) => setTimeout(resolve, 100));
    // No Confirm left to click, nor a Cancel migration to start over with.
    expect(confirmIn(dialog)).toBeNull();
    expect(dialog.querySelector('.mlv-details__cancel-confirm, .mlv-details__cancel')).toBeNull();
    expect(document.activeElement).toBe(close);
    expect(failing.cancel).toHaveBeenCalledTimes(1);
  });
});
