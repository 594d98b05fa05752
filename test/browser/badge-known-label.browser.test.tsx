import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import * as previewAnnotations from '../../.storybook/preview.js';
import * as badgeStories from '../../stories/StatusBadge.stories.js';

// The badge's width cap is for unknown raw statuses from the server; a built-in label, in any
// locale, is the only visible copy of the status and must never end in an ellipsis.
const project = setProjectAnnotations([previewAnnotations]);
const { German } = composeStories(badgeStories);

beforeAll(project.beforeAll);

it('every German status label is shown whole ("Abgeschlossen mit Warnung", not "… mit War…")', async () => {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  try {
    await German.run({ canvasElement });
    const labels = [...canvasElement.querySelectorAll<HTMLElement>('.mlv-status-badge__label')];
    expect(labels).toHaveLength(5);
    const cut = labels.filter((label) => label.scrollWidth > label.clientWidth).map((label) => label.textContent);
    expect(cut).toEqual([]);
  } finally {
    canvasElement.remove();
  }
});
