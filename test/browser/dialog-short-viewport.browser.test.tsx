import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { page } from 'vitest/browser';
import * as previewAnnotations from '../../.storybook/preview.js';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';

// 400% zoom of a 1280 × 800 screen: 320 × 200 CSS px. A header that stays put there takes most of
// the height and leaves the details a sliver (WCAG 1.4.10).
const project = setProjectAnnotations([previewAnnotations]);
const { CompletedWarning } = composeStories(dialogStories);

beforeAll(project.beforeAll);

it('in a short viewport the dialog scrolls as a whole, its header going out of view with the details', async () => {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  const { width, height } = { width: window.innerWidth, height: window.innerHeight };
  try {
    await page.viewport(320, 200);
    await CompletedWarning.run({ canvasElement });
    const dialog = await vi.waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!found?.querySelector('.mlv-details')) throw new Error('no details yet');
      return found;
    });
    const header = dialog.querySelector('.mlv-dialog__header') as HTMLElement;
    expect(dialog.scrollHeight).toBeGreaterThan(dialog.clientHeight);
    dialog.scrollTop = header.offsetHeight;
    await new Promise(requestAnimationFrame);
    expect(header.getBoundingClientRect().bottom).toBeLessThanOrEqual(dialog.getBoundingClientRect().top + 1);
  } finally {
    await page.viewport(width, height);
    canvasElement.remove();
  }
});

it('in a tall viewport the header stays and the details scroll under it', async () => {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  try {
    await CompletedWarning.run({ canvasElement });
    const dialog = await vi.waitFor(() => {
      const found = document.querySelector<HTMLElement>('[role="dialog"]');
      if (!found?.querySelector('.mlv-details')) throw new Error('no details yet');
      return found;
    });
    expect(dialog.scrollHeight).toBe(dialog.clientHeight);
    expect(getComputedStyle(dialog.querySelector('.mlv-dialog__body') as HTMLElement).overflowY).toBe('auto');
  } finally {
    canvasElement.remove();
  }
});
