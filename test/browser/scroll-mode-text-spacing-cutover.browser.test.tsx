import { composeStories } from '@storybook/react-vite';
import * as tableStories from '../../stories/MigrationLogTable.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// WCAG 1.4.12: with the user's text spacing no content is lost. The story checks start and end
// times; the cutover date's fixed-width column lost its year to an ellipsis ("Nov 23, 20…").
const { ScrollModeWithTextSpacing } = composeStories(tableStories);

beforeAll(storyProject.beforeAll);

it('with WCAG text spacing every cutover date fits its scroll-mode cell', async () => {
  await runStory(ScrollModeWithTextSpacing, async (canvasElement) => {
    const dates = [...canvasElement.querySelectorAll<HTMLElement>('td[data-column="cutoverDate"] time')];
    expect(dates.length).toBeGreaterThan(0);
    const cut = dates.filter((date) => {
      const cell = date.closest('td') as HTMLElement;
      const style = getComputedStyle(cell);
      const room = cell.clientWidth - Number.parseFloat(style.paddingLeft) - Number.parseFloat(style.paddingRight);
      const text = document.createRange();
      text.selectNodeContents(date);
      return text.getBoundingClientRect().width > room + 0.5;
    });
    expect(cut.map((date) => date.textContent)).toEqual([]);
  });
});
