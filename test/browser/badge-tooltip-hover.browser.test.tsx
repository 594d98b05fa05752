import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as badgeStories from '../../stories/StatusBadge.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// The tooltip shows on hover as well as on keyboard focus (CSS :hover, which only a real pointer
// sets, so this runs in Chromium); the story's play checks focus, and Escape while hovered.
const { CompletedWarning } = composeStories(badgeStories);

beforeAll(storyProject.beforeAll);

/** Visually hidden, the description is a 1 px box; shown, it is a tooltip of its own size. */
const shown = (tooltip: HTMLElement) => tooltip.getBoundingClientRect().width > 2;

it('shows the status description as a tooltip while the pointer is on the badge, with focus elsewhere', async () => {
  await runStory(CompletedWarning, async (canvas) => {
    const badge = canvas.querySelector<HTMLElement>('.mlv-status-badge') as HTMLElement;
    const tooltip = badge.querySelector<HTMLElement>('[role="tooltip"]') as HTMLElement;
    expect(shown(tooltip)).toBe(false);
    await userEvent.hover(badge);
    await vi.waitFor(() => expect(shown(tooltip)).toBe(true));
    expect(document.activeElement).not.toBe(badge);
    await userEvent.unhover(badge);
    await vi.waitFor(() => expect(shown(tooltip)).toBe(false));
  });
});
