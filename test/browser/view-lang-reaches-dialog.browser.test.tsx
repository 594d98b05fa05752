import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { germanMessages } from '../../src/core/messages-de.js';
import meta, * as viewStories from '../../stories/MigrationLogView.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// A host whose page is in another language marks the view's with `lang` (WCAG 3.1.2 Language of
// Parts), which the view passes to its root. The dialog is portalled to <body>, outside that root:
// without `lang` of its own, a screen reader read its German in the page's English voice.
const german = composeStory(
  {
    ...viewStories.Default,
    args: { ...viewStories.Default.args, lang: 'de', locale: 'de-DE', messages: germanMessages },
  },
  meta,
);

beforeAll(storyProject.beforeAll);

it("the view's lang reaches its dialog, portalled outside the view", async () => {
  await runStory(german, async (canvasElement) => {
    const opener = await vi.waitFor(() => {
      const found = canvasElement.querySelector<HTMLElement>('.mlv-row-actions__details');
      if (!found) throw new Error('no rows yet');
      return found;
    });
    expect(opener.closest('[lang]')?.getAttribute('lang')).toBe('de');
    await userEvent.click(opener);
    const dialog = await openDialog();
    expect(canvasElement.contains(dialog)).toBe(false);
    expect(dialog.closest('[lang]')?.getAttribute('lang')).toBe('de');
  });
});
