import { composeStories } from '@storybook/react-vite';
import * as badgeStories from '../../stories/StatusBadge.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// The badge's width cap is for unknown raw statuses from the server; a built-in label, in any
// locale, is the only visible copy of the status and must never end in an ellipsis.
const { German } = composeStories(badgeStories);

beforeAll(storyProject.beforeAll);

it('every German status label is shown whole ("Abgeschlossen mit Warnung", not "… mit War…")', async () => {
  await runStory(German, async (canvasElement) => {
    const labels = [...canvasElement.querySelectorAll<HTMLElement>('.mlv-status-badge__label')];
    expect(labels).toHaveLength(5);
    const cut = labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent);
    expect(cut).toEqual([]);
  });
});
