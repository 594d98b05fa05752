import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// The migration ends while its cancel is being confirmed. Backing out (Keep running or Escape) took
// the confirmation away and, there being nothing left to cancel, the Cancel button too: focus fell
// to the dialog itself, and Tab started over at Close (WCAG 2.4.3). It goes to the dialog's title,
// where the details (and their new status) are read from, as after a Retry.
beforeAll(storyProject.beforeAll);

/** One active migration that `finish` completes, pushing the change to the dialog. */
function finishingSource() {
  let done = false;
  const listeners = new Set<() => void>();
  const migration = (): MigrationLogDetailsRecord => ({
    id: 'm1',
    status: done ? 'completed' : 'in-progress',
    startTime: '2026-11-28T08:00:00Z',
    endTime: done ? '2026-11-28T09:00:00Z' : null,
    generatedBy: 'ada',
    cutoverDate: '2026-01-01',
    progress: done ? 100 : 40,
  });
  const source: MigrationLogDataSource = {
    list: async () => ({ items: [migration()], total: 1 }),
    get: async () => migration(),
    cancel: async () => {},
    subscribe: (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
  const finish = () => {
    done = true;
    for (const listener of listeners) listener();
  };
  return { source, finish };
}

for (const [how, keys] of [
  ['Escape', '{Escape}'],
  ['Keep running', '{Tab}{Enter}'],
] as const) {
  it(`backing out with ${how} after the migration ended puts focus on the title, not the dialog`, async () => {
    const { source, finish } = finishingSource();
    const story = composeStory({ args: { dataSource: source, migrationId: 'm1' } }, dialogMeta);
    await runStory(story, async () => {
      const dialog = await openDialog('.mlv-details__cancel');
      (dialog.querySelector('.mlv-details__cancel') as HTMLElement).focus();
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(document.activeElement).toHaveTextContent('Confirm'));
      finish();
      await vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', 'completed'));
      await userEvent.keyboard(keys);
      await vi.waitFor(() => expect(dialog.querySelector('.mlv-details__cancel-confirm')).toBeNull());
      // Past Radix's own rescue of a focus lost in the dialog (a mutation observer) and our effects.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
      expect(dialog.querySelector('.mlv-details__cancel')).toBeNull();
    });
  });
}
