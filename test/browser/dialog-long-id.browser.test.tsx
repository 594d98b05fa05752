import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// The id is in the header's description. One of 20,000 characters wraps to thousands of pixels:
// the header must not take the dialog's whole height and push the details out of it.
const { VeryLongServerText: LongId } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

it('a very long migration id leaves the details in view, and the whole id in the body', async () => {
  await runStory(LongId, async () => {
    const dialog = await openDialog('.mlv-details__id');
    const box = dialog.getBoundingClientRect();
    const body = dialog.querySelector('.mlv-dialog__body') as HTMLElement;
    const bodyBox = body.getBoundingClientRect();
    expect(bodyBox.top).toBeLessThan(box.bottom - box.height / 3);
    expect(bodyBox.bottom).toBeLessThanOrEqual(box.bottom + 1);
    // The header keeps three lines of it and is no scroll box (axe: scrollable-region-focusable).
    const description = dialog.querySelector('.mlv-dialog__description') as HTMLElement;
    const lineHeight = Number.parseFloat(getComputedStyle(description).lineHeight);
    expect(description.getBoundingClientRect().height).toBeLessThanOrEqual(3 * lineHeight + 1);
    expect(getComputedStyle(description).overflowY).toBe('hidden');
    // The id is read in full in the body, which Tab reaches next after the close button.
    const idText = (dialog.querySelector('.mlv-details__id') as HTMLElement).textContent ?? '';
    expect(idText.startsWith('a'.repeat(10_000))).toBe(true);
    expect(document.activeElement).toBe(dialog.querySelector('.mlv-dialog__title'));
    await userEvent.keyboard('{Tab}{Tab}');
    expect(document.activeElement).toBe(body);
  });
});
