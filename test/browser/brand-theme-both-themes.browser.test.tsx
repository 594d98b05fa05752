import { composeStories } from '@storybook/react-vite';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { channels, contrast } from './support/colour.js';
import { storyProject } from './support/run-story.js';

// The brand story is the theming recipe the README gives. A brand colour chosen for the light theme
// was also used in the dark one, where it fell to 2.7:1 on the surface: under the minimums for the
// accent text (active sort) and the focus ring. Read the colours as the browser resolves them.
const { CustomBrandTheme } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

/** A token as the element would paint it: through `color`, inside the view's root. */
function resolve(root: Element, token: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  root.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}

const pairs = [
  ['--mlv-color-accent', '--mlv-color-surface', 4.5],
  ['--mlv-color-accent', '--mlv-color-surface-subtle', 4.5],
  ['--mlv-color-focus-ring', '--mlv-color-surface', 3],
  ['--mlv-color-focus-ring', '--mlv-color-surface-raised', 3],
  ['--mlv-color-focus-ring', '--mlv-color-control-bg', 3],
  ['--mlv-color-progress-fill', '--mlv-color-progress-track', 3],
] as const;

it.each(['light', 'dark'])('the brand colours meet WCAG AA in the %s theme', async (theme) => {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  try {
    await CustomBrandTheme.run({ canvasElement, globals: { theme } });
    const root = await vi.waitFor(() => {
      const found = canvasElement.querySelector('.mlv-styled');
      if (!found) throw new Error('no view yet');
      return found;
    });
    expect(getComputedStyle(root).colorScheme).toBe(theme);
    // The override is in force: the accent is the brand's violet, not the default blue.
    const accent = channels(resolve(root, '--mlv-color-accent'));
    expect(accent[0]).toBeGreaterThan(accent[1]);
    const failures = pairs.flatMap(([fg, bg, min]) => {
      const ratio = contrast(resolve(root, fg), resolve(root, bg));
      return ratio >= min ? [] : [`${fg} on ${bg}: ${ratio.toFixed(2)} < ${min}`];
    });
    expect(failures).toEqual([]);
  } finally {
    canvasElement.remove();
  }
});
