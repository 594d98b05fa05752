import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as previewAnnotations from '../../.storybook/preview.js';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';

// Geometry needs a real layout: the dialog's body scrolls, and Radix moves focus without scrolling.
const project = setProjectAnnotations([previewAnnotations]);
const { ErrorWith50000Issues } = composeStories(dialogStories);

beforeAll(project.beforeAll);

it('Shift+Tab from Close wraps to the last control of the details and scrolls it into view', async () => {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  try {
    await ErrorWith50000Issues.run({ canvasElement });
    const next = await vi.waitFor(() => {
      const button = [...document.querySelectorAll<HTMLElement>('.mlv-details__issue-pager button')].at(-1);
      if (!button) throw new Error('no issue pager yet');
      return button;
    });
    (document.querySelector('.mlv-dialog__close') as HTMLElement).focus();
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(document.activeElement).toBe(next);
    const area = document.querySelector('.mlv-dialog__body') as HTMLElement;
    const body = area.getBoundingClientRect();
    const button = next.getBoundingClientRect();
    expect(button.top).toBeGreaterThanOrEqual(body.top);
    expect(button.bottom).toBeLessThanOrEqual(body.bottom);
  } finally {
    canvasElement.remove();
  }
});
