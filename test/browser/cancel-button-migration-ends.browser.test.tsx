import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { finishingSource } from './support/finishing-source.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// The migration ends on its own while focus is on its plain "Cancel migration" button. The button
// goes away with the migration's activity, and focus fell to the dialog element, where a screen
// reader says little and the next Tab starts over. Like a confirmation or a failed cancel that goes
// away (cancel-confirm-migration-ends, cancel-turns-final-focus), focus that was on it goes to the
// dialog's title, where the details (and their new status) are read from; focus elsewhere stays.
beforeAll(storyProject.beforeAll);

/** The dialog on the finishing migration, its Cancel migration shown; cancels counted, succeeding. */
async function withDialog(steps: (dialog: HTMLElement, finish: () => void) => Promise<void>): Promise<void> {
  const cancel = vi.fn(async () => {});
  const { source, finish } = finishingSource(cancel);
  const story = composeStory({ args: { dataSource: source, migrationId: 'm1' } }, dialogMeta);
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__cancel');
    await steps(dialog, finish);
    expect(cancel).toHaveBeenCalledTimes(dialog.querySelector('.mlv-details__cancel-done') ? 1 : 0);
  });
}

/** Ends the migration and waits past its new status, Radix's rescue of a lost focus and our effects. */
async function endMigration(dialog: HTMLElement, finish: () => void): Promise<void> {
  finish();
  await vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', 'completed'));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

it('puts focus that was on Cancel migration on the title when the migration ends', async () => {
  await withDialog(async (dialog, finish) => {
    (dialog.querySelector('.mlv-details__cancel') as HTMLElement).focus();
    await endMigration(dialog, finish);
    expect(dialog.querySelector('.mlv-details__cancel')).toBeNull();
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
  });
});

it('leaves focus elsewhere alone when Cancel migration goes away', async () => {
  await withDialog(async (dialog, finish) => {
    const close = dialog.querySelector('.mlv-dialog__close') as HTMLElement;
    close.focus();
    await endMigration(dialog, finish);
    expect(dialog.querySelector('.mlv-details__cancel')).toBeNull();
    expect(document.activeElement).toBe(close);
  });
});

it('keeps the cancelled message, and focus on it, when the migration then ends', async () => {
  await withDialog(async (dialog, finish) => {
    (dialog.querySelector('.mlv-details__cancel') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toHaveTextContent('Confirm'));
    await userEvent.keyboard('{Enter}');
    const done = await vi.waitFor(() => {
      const message = dialog.querySelector('.mlv-details__cancel-done');
      expect(document.activeElement).toBe(message);
      return message;
    });
    await endMigration(dialog, finish);
    expect(done).toBeInTheDocument();
    expect(done).toHaveTextContent('The migration was cancelled.');
    expect(document.activeElement).toBe(done);
  });
});
