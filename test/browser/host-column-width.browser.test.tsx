import { composeStories, composeStory } from '@storybook/react-vite';
import meta, * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// A host column's free text wraps anywhere, so paged mode's automatic layout gave it only its
// longest unbreakable piece (about 80 px for a migration id) while the built-in columns kept theirs.
const { CustomColumnAndAction, ScrollModeWithHostColumn } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

/** The width the theme gives host columns (`--mlv-table-column-width`), in px. */
const hostColumnWidth = (header: HTMLElement) => {
  const probe = document.createElement('div');
  probe.style.width = 'var(--mlv-table-column-width)';
  header.append(probe);
  const width = probe.getBoundingClientRect().width;
  probe.remove();
  return width;
};

const waitForRows = (canvasElement: HTMLElement) =>
  vi.waitFor(() => {
    if (!canvasElement.querySelector('tbody tr[data-row-key]')) throw new Error('no rows yet');
    return canvasElement.querySelector('th[data-column="id"]') as HTMLElement;
  });

it.each([1280, 375])('paged mode at %i px gives a host column at least the theme’s column width', async (width) => {
  await runStory(
    CustomColumnAndAction,
    async (canvasElement) => {
      const header = await waitForRows(canvasElement);
      const wanted = hostColumnWidth(header);
      expect(wanted).toBeGreaterThan(100);
      expect(header.getBoundingClientRect().width).toBeGreaterThanOrEqual(wanted - 0.5);
      // The cells under it are as wide (one column).
      const cell = canvasElement.querySelector('td[data-column="id"]') as HTMLElement;
      expect(Math.abs(cell.getBoundingClientRect().width - header.getBoundingClientRect().width)).toBeLessThan(1);
    },
    { width, height: 900 },
  );
});

it('scroll mode keeps its fixed width for a host column', async () => {
  // The story without its own rule for the column (nor its play, which checks that rule's effect).
  const themeWidthOnly = composeStory(
    { ...tableStories.ScrollModeWithHostColumn, decorators: [], play: undefined },
    meta,
  );
  await runStory(
    themeWidthOnly,
    async (canvasElement) => {
      const header = await waitForRows(canvasElement);
      expect(Math.abs(header.getBoundingClientRect().width - hostColumnWidth(header))).toBeLessThan(1);
    },
    { width: 1280, height: 900 },
  );
});

it('scroll mode gives a host column the width the README’s rule sets for it', async () => {
  await runStory(
    ScrollModeWithHostColumn,
    async (canvasElement) => {
      const header = await waitForRows(canvasElement);
      const rem = Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(Math.abs(header.getBoundingClientRect().width - 22 * rem)).toBeLessThan(1);
    },
    { width: 1280, height: 900 },
  );
});
