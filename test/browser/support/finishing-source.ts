import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../../src/core/types.js';
import dialogMeta from '../../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory } from './run-story.js';

/**
 * One active migration, `m1`, that `finish()` completes, pushing the change to whoever subscribed
 * (the details dialog); `cancel` is the source's cancel, to count calls or to fail.
 */
export function finishingSource(cancel: NonNullable<MigrationLogDataSource['cancel']>) {
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
    cancel,
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

/**
 * Renders the details dialog on `source`'s migration, presses its Cancel from the keyboard and
 * waits for the confirmation to take focus; then runs `steps` with the dialog element.
 */
export async function withConfirmationShown(
  source: MigrationLogDataSource,
  steps: (dialog: HTMLElement) => Promise<void>,
): Promise<void> {
  const story = composeStory({ args: { dataSource: source, migrationId: 'm1' } }, dialogMeta);
  await runStory(story, async () => {
    const dialog = await openDialog('.mlv-details__cancel');
    (dialog.querySelector('.mlv-details__cancel') as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.activeElement).toHaveTextContent('Confirm'));
    await steps(dialog);
  });
}
