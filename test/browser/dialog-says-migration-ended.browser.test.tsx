import { composeStory } from '@storybook/react-vite';
import { StrictMode, useState } from 'react';
import { userEvent } from 'vitest/browser';
import { MigrationLogDetailsDialog } from '../../src/components/details-dialog/MigrationLogDetailsDialog.js';
import { MigrationLogError } from '../../src/core/errors.js';
import { defaultMessages } from '../../src/core/messages.js';
import dialogMeta from '../../stories/MigrationLogDetailsDialog.stories.js';
import { recordAnnouncements } from './support/announcements.js';
import { finishingSource, withConfirmationShown } from './support/finishing-source.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// A migration that ended while its details were open (polled, or pushed by `subscribe`) changed
// its badge without a word to a screen reader (WCAG 4.1.3). The dialog's status line now says the
// new status's description, once: not when the dialog opens on a migration already over, not again
// when it is reopened, and not on top of "The migration was cancelled." when the user cancelled it.
beforeAll(storyProject.beforeAll);

const ENDED = defaultMessages.statusDescriptions.completed;
// Past LiveStatus's 100 ms before it speaks, and any render that could repeat the line.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const shown = (dialog: HTMLElement, status: string) =>
  vi.waitFor(() => expect(dialog.querySelector('.mlv-details')).toHaveAttribute('data-status', status));

for (const strict of [false, true]) {
  it(`says once that the migration ended while its dialog is open${strict ? ', in StrictMode' : ''}`, async () => {
    const { source, finish } = finishingSource(async () => {});
    const story = composeStory(
      {
        args: { dataSource: source, migrationId: 'm1' },
        decorators: strict ? [(Story) => <StrictMode>{Story()}</StrictMode>] : [],
      },
      dialogMeta,
    );
    await runStory(story, async () => {
      const dialog = await openDialog();
      await settle();
      const { said, stop } = recordAnnouncements(dialog);
      finish();
      await shown(dialog, 'completed');
      await settle();
      stop();
      expect(said).toEqual([ENDED]);
    });
  });
}

it('says nothing of the status when the dialog opens on a migration already over', async () => {
  const { source, finish } = finishingSource(async () => {});
  finish();
  const { said, stop } = recordAnnouncements(document.body);
  const story = composeStory({ args: { dataSource: source, migrationId: 'm1' } }, dialogMeta);
  await runStory(story, async () => {
    await shown(await openDialog(), 'completed');
    await settle();
  });
  stop();
  expect(said).not.toContain(ENDED);
});

it('does not say it again when the dialog is closed and reopened on the migration that ended', async () => {
  const { source, finish } = finishingSource(async () => {});
  const story = composeStory(
    {
      args: { dataSource: source },
      render: function Reopenable(args) {
        const [id, setId] = useState<string | null>('m1');
        return (
          <>
            <button type="button" className="reopen" onClick={() => setId('m1')}>
              Open
            </button>
            <MigrationLogDetailsDialog {...args} migrationId={id} onMigrationIdChange={setId} />
          </>
        );
      },
    },
    dialogMeta,
  );
  await runStory(story, async (canvas) => {
    const dialog = await openDialog();
    await settle();
    finish();
    await shown(dialog, 'completed');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    const { said, stop } = recordAnnouncements(document.body);
    (canvas.querySelector('.reopen') as HTMLElement).click();
    await shown(await openDialog(), 'completed');
    await settle();
    stop();
    expect(said).not.toContain(ENDED);
  });
});

it('leaves a cancel the user confirmed to say itself that the migration was cancelled', async () => {
  const finishing = finishingSource(async () => finishing.finish());
  await withConfirmationShown(finishing.source, async (dialog) => {
    const { said, stop } = recordAnnouncements(dialog);
    await userEvent.keyboard('{Enter}');
    await shown(dialog, 'completed');
    await vi.waitFor(() => expect(document.activeElement).toHaveTextContent(defaultMessages.cancelDone));
    await settle();
    stop();
    expect(said).not.toContain(ENDED);
  });
});

it('says it when the migration ends after a cancel the user confirmed failed', async () => {
  const { source, finish } = finishingSource(async () => {
    throw new MigrationLogError('The migration is finishing.', { kind: 'http', status: 409 });
  });
  await withConfirmationShown(source, async (dialog) => {
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() =>
      expect(dialog.querySelector('.mlv-details__cancel-confirm')).toHaveAttribute('data-state', 'failed'),
    );
    const { said, stop } = recordAnnouncements(dialog);
    finish();
    await shown(dialog, 'completed');
    await settle();
    stop();
    expect(said.filter((text) => text === ENDED)).toEqual([ENDED]);
  });
});
