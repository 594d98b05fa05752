import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { STORY_NOW } from '../../stories/support/story-data.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// The id is in the header's description. One of 20,000 characters wraps to thousands of pixels:
// the header must not take the dialog's whole height and push the details out of it.
const id = 'a'.repeat(20_000);
const LongId = composeStory(
  {
    ...dialogStories.Completed,
    args: {
      dataSource: createInMemoryDataSource([{ id, status: 'Completed', progress: 100 }], { now: () => STORY_NOW }),
      migrationId: id,
    },
  },
  dialogStories.default,
);

beforeAll(storyProject.beforeAll);

it('a very long migration id leaves the details in view, and its header scrolls by keyboard', async () => {
  await runStory(LongId, async () => {
    const dialog = await openDialog();
    const box = dialog.getBoundingClientRect();
    const body = (dialog.querySelector('.mlv-dialog__body') as HTMLElement).getBoundingClientRect();
    expect(body.top).toBeLessThan(box.bottom - box.height / 3);
    expect(body.bottom).toBeLessThanOrEqual(box.bottom + 1);
    // The whole id stays reachable: the description scrolls, and takes focus to be scrolled by keyboard.
    const description = dialog.querySelector('.mlv-dialog__description') as HTMLElement;
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(description);
    await userEvent.keyboard('{End}');
    await vi.waitFor(() =>
      expect(description.scrollTop + description.clientHeight).toBeGreaterThan(description.scrollHeight - 2),
    );
  });
});
