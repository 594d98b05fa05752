import { userEvent } from 'vitest/browser';
import { MigrationLogError } from '../../src/core/errors.js';
import { finishingSource, withConfirmationShown } from './support/finishing-source.js';
import { storyProject } from './support/run-story.js';

// The cancel fails (the server says the migration is finishing) and the migration then ends, the
// failure still shown. Backing out (Keep running or Escape) took the failure away and, there being
// nothing left to cancel, the Cancel button too: focus fell to the dialog itself, and Tab started
// over at Close (WCAG 2.4.3). It goes to the dialog's title, where the details (and their new
// status) are read from, as after a Retry. (A plain confirmation goes away by itself when the
// migration ends: cancel-confirm-migration-ends.browser.test.tsx.)
beforeAll(storyProject.beforeAll);

/** The finishing migration of support/finishing-source.ts; its cancels fail. */
const failingSource = () =>
  finishingSource(async () => {
    throw new MigrationLogError('The migration is finishing.', { kind: 'http', status: 409 });
  });

for (const [how, keys] of [
  ['Escape', '{Escape}'],
  ['Keep running', '{Tab}{Tab}{Enter}'],
] as const) {
  it(`backing out with ${how} after the migration ended puts focus on the title, not the dialog`, async () => {
    const { source, finish } = failingSource();
    await withConfirmationShown(source, async (dialog) => {
      await userEvent.keyboard('{Enter}');
      const group = dialog.querySelector('.mlv-details__cancel-confirm');
      await vi.waitFor(() => expect(group).toHaveAttribute('data-state', 'failed'));
      // Focus went to the group while the cancel was pending, and stays there.
      expect(document.activeElement).toBe(group);
      finish();
      await vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', 'completed'));
      expect(group).toHaveAttribute('data-state', 'failed');
      expect(group).toBeInTheDocument();
      await userEvent.keyboard(keys);
      await vi.waitFor(() => expect(dialog.querySelector('.mlv-details__cancel-confirm')).toBeNull());
      // Past Radix's own rescue of a focus lost in the dialog (a mutation observer) and our effects.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
      expect(dialog.querySelector('.mlv-details__cancel')).toBeNull();
    });
  });
}
