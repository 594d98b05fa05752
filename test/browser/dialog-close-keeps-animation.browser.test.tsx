import { composeStory } from '@storybook/react-vite';
import meta, { ManyParameters } from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// After "Show all" of 5,000 parameters, Escape sometimes took 250 ms to close the dialog. On close
// Radix sets data-state="closed" and reads the content's animation-name; the entrance animation was
// keyed on data-state="open", so that read took the finished animation away, and Chromium then (in
// about one close in three) restyled the whole dialog and rebuilt the box of every parameter past
// the 50th: 5,600 elements restyled and 4,900 laid out before the dialog went. Style work has no
// count a test can read, so this pins what the fix relies on: closing changes no animation.
beforeAll(storyProject.beforeAll);

it('closing the dialog leaves its and its backdrop’s animation as they were', async () => {
  await runStory(composeStory(ManyParameters, meta), async () => {
    const dialog = await openDialog('.mlv-details__parameters .mlv-details__show-all');
    (dialog.querySelector('.mlv-details__parameters .mlv-details__show-all') as HTMLElement).click();
    await vi.waitFor(() => expect(dialog.querySelectorAll('.mlv-details__parameter-list > *')).toHaveLength(1200));
    const overlay = document.querySelector('.mlv-dialog__overlay') as HTMLElement;

    for (const [element, entrance] of [
      [overlay, 'mlv-fade-in'],
      [dialog, 'mlv-dialog-in'],
    ] as const) {
      expect(getComputedStyle(element).animationName).toBe(entrance);
      // What Radix does first on close, before it reads the animation to decide when to unmount.
      element.setAttribute('data-state', 'closed');
      try {
        expect(getComputedStyle(element).animationName).toBe(entrance);
      } finally {
        element.setAttribute('data-state', 'open');
      }
    }
  });
});
