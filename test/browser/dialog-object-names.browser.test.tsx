import { composeStories } from '@storybook/react-vite';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// On a 375 px phone the per-object table is wider than the dialog and scrolls sideways; its object
// names must not be squeezed into slivers that break words mid-letter ("Subsc / riptio / ns").
const { CompletedWarning } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

/** Every word of the element's text on one line. */
function brokenWords(element: HTMLElement) {
  const text = element.textContent ?? '';
  const node = [...element.querySelectorAll('*'), element]
    .flatMap((el) => [...el.childNodes])
    .find((child) => child.nodeType === Node.TEXT_NODE && child.textContent === text);
  if (!node) throw new Error(`no single text node in ${element.outerHTML}`);
  const broken: string[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const range = document.createRange();
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
    if (lines.size > 1) broken.push(match[0]);
  }
  return broken;
}

it('on a 375 px screen no object name in the breakdown breaks inside a word', async () => {
  await runStory(
    CompletedWarning,
    async () => {
      const names = await vi.waitFor(() => {
        const found = [...document.querySelectorAll<HTMLElement>('[role="dialog"] .mlv-details__object-name bdi')];
        if (found.length === 0) throw new Error('no breakdown yet');
        return found;
      });
      expect(names.flatMap(brokenWords)).toEqual([]);
    },
    { width: 375, height: 740 },
  );
});
