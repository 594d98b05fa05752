import { composeStories } from '@storybook/react-vite';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// 400% zoom of a 1280 × 800 screen: 320 × 200 CSS px. A header that stays put there takes most of
// the height and leaves the details a sliver (WCAG 1.4.10).
const { CompletedWarning } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

it('in a short viewport the dialog scrolls as a whole, its header going out of view with the details', async () => {
  await runStory(
    CompletedWarning,
    async () => {
      const dialog = await openDialog();
      const header = dialog.querySelector('.mlv-dialog__header') as HTMLElement;
      expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
      dialog.scrollTop = header.offsetHeight;
      await new Promise(requestAnimationFrame);
      expect(header.getBoundingClientRect().bottom).toBeLessThanOrEqual(dialog.getBoundingClientRect().top + 1);
    },
    { width: 320, height: 200 },
  );
});

it('in a tall viewport the header stays and the details scroll under it', async () => {
  await runStory(CompletedWarning, async () => {
    const dialog = await openDialog();
    expect(dialog.scrollHeight).toBe(dialog.clientHeight);
    expect(getComputedStyle(dialog.querySelector('.mlv-dialog__body') as HTMLElement).overflowY).toBe('auto');
  });
});
