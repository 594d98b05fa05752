import { composeStories } from '@storybook/react-vite';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// sanitize.css's forms.css (a host's global CSS) strips every select's native look and draws a
// small black arrow as its background: the page-size select lost its arrow to a glyph jammed against
// the number, invisible on the dark theme's surface, so it no longer read as a drop-down.
const { DarkTheme } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

// The rule of sanitize.css@13.0.0 forms.css that reaches the select, as shipped.
const SANITIZE_FORMS = `
:where(select) {
  appearance: none;
  background: url("data:image/svg+xml;charset=utf-8,%3Csvg xmlns='http://www.w3.org/2000/svg' width='16' height='4'%3E%3Cpath d='M4 0h6L7 4'/%3E%3C/svg%3E") no-repeat right center / 1em;
  border-radius: 0;
  padding-right: 1em;
}
`;

it('the page-size select keeps its native drop-down look and width under sanitize.css', async () => {
  await runStory(DarkTheme, async (canvasElement) => {
    const select = await vi.waitFor(() => {
      const found = canvasElement.querySelector<HTMLSelectElement>('.mlv-pagination .mlv-select');
      if (!canvasElement.querySelector('tbody tr[data-row-key]') || !found) throw new Error('no rows yet');
      return found;
    });
    const read = () => {
      const style = getComputedStyle(select);
      return { appearance: style.appearance, image: style.backgroundImage, width: select.offsetWidth };
    };
    const without = read();
    const style = document.createElement('style');
    style.textContent = SANITIZE_FORMS;
    document.head.prepend(style);
    try {
      expect(read()).toEqual(without);
    } finally {
      style.remove();
    }
  });
});
