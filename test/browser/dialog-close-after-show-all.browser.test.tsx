import { composeStory } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import { defaultMessages } from '../../src/core/messages.js';
import meta, { ManyObjects, ManyParameters } from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// After "Show all" of 10,000 object types, Escape took about 0.5 s to close the dialog: the close
// rendered the whole dialog once more (Radix sets data-state="closed", then unmounts), each of the
// 10,000 rows with it, formatting 40,000 counts, before React could remove it. A part renders its
// heading from the messages each time it renders: a close that reads neither heading renders
// neither long list again. Counted, not timed.
beforeAll(storyProject.beforeAll);

it.each([
  ['objects', ManyObjects, 'objectsCaption', '.mlv-details__objects tbody > tr', 10_000],
  ['parameters', ManyParameters, 'parametersHeading', '.mlv-details__parameter-list > *', 1200],
] as const)(
  'closing after "Show all" of the %s renders none of them again',
  async (section, story, heading, items, count) => {
    // Uncontrolled, so Escape closes it; the default messages, so the parts read the object spied on.
    const args = { ...story.args, migrationId: undefined, defaultMigrationId: 'mig-clean', messages: undefined };
    await runStory(composeStory({ ...story, args }, meta), async () => {
      const dialog = await openDialog(`.mlv-details__${section} .mlv-details__show-all`);
      (dialog.querySelector(`.mlv-details__${section} .mlv-details__show-all`) as HTMLElement).click();
      await vi.waitFor(() => expect(dialog.querySelectorAll(items)).toHaveLength(count), { timeout: 20_000 });

      const text = defaultMessages[heading];
      let reads = 0;
      Object.defineProperty(defaultMessages, heading, {
        configurable: true,
        enumerable: true,
        get: () => {
          reads += 1;
          return text;
        },
      });
      try {
        await userEvent.keyboard('{Escape}');
        await vi.waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
      } finally {
        Object.defineProperty(defaultMessages, heading, {
          configurable: true,
          enumerable: true,
          writable: true,
          value: text,
        });
      }
      expect(reads).toBe(0);
    });
  },
);
