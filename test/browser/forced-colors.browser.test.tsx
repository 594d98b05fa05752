import { composeStories } from '@storybook/react-vite';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { emulateColours as emulate } from './support/emulate-media.js';
import { runStory, storyProject } from './support/run-story.js';

// Forced colours (Windows High Contrast) replace the theme's colours with the user's system ones;
// only a real browser applies them, emulated here through the DevTools protocol.
const { Default } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

it.each(['light', 'dark'] as const)(
  'the status filter icons take the system text colour in forced colours (%s system theme)',
  async (scheme) => {
    await emulate('active', scheme);
    try {
      await runStory(Default, async (canvasElement) => {
        const icons = [...canvasElement.querySelectorAll<SVGElement>('.mlv-status-filter__option .mlv-status-icon')];
        expect(icons).toHaveLength(5);
        for (const icon of icons) {
          const label = icon.closest('.mlv-status-filter__option') as HTMLElement;
          // A theme tone on a system background can fall to 2.3:1 (dark grey on black).
          expect(getComputedStyle(icon).color).toBe(getComputedStyle(label).color);
        }
      });
    } finally {
      await emulate('none', 'light');
    }
  },
);
