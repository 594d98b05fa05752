import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as viewStories from '../../stories/MigrationLogView.stories.js';
import { openDialog, px, runStory, storyProject } from './support/run-story.js';

// The dialog's title takes focus on open only so screen readers start there; it is no control, and
// a ring on it looked like one. Controls keep their ring (WCAG 2.4.7).
const { Default } = composeStories(viewStories);

beforeAll(storyProject.beforeAll);

it('opened from the keyboard, the focused title shows no ring, and Tab to Close shows one', async () => {
  await runStory(Default, async (canvasElement) => {
    const opener = await vi.waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('button[aria-label^="View details of"]');
      if (!found) throw new Error('no rows yet');
      return found;
    });
    opener.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await openDialog('.mlv-details__issue-filter');
    const title = dialog.querySelector('.mlv-dialog__title') as HTMLElement;
    await vi.waitFor(() => expect(document.activeElement).toBe(title));
    // Chromium counts this programmatic focus as keyboard focus: the ring rule applies to it.
    expect(title.matches(':focus-visible')).toBe(true);
    expect(getComputedStyle(title).outlineStyle).toBe('none');

    await userEvent.keyboard('{Tab}');
    const close = dialog.querySelector('.mlv-dialog__close') as HTMLElement;
    expect(document.activeElement).toBe(close);
    expect(getComputedStyle(close).outlineStyle).toBe('solid');
    expect(px(getComputedStyle(close).outlineWidth)).toBeGreaterThanOrEqual(2);
    await userEvent.keyboard('{Escape}');
  });
});
