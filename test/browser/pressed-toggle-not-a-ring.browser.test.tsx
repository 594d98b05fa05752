import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, px, runStory, storyProject } from './support/run-story.js';

// No state but focus may look like the focus ring: a pressed toggle drew a line of the ring's
// colour and width all around, so in the issue filter "All" looked focused while another button was.
const { CompletedWarning } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

/** How thick a line of `colour` the border and inset shadows draw along each side. */
function linesOf(element: HTMLElement, colour: string) {
  const style = getComputedStyle(element);
  const sides = { top: 0, right: 0, bottom: 0, left: 0 };
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const borderColour = style.getPropertyValue(`border-${side}-color`);
    if (borderColour === colour) sides[side] += px(style.getPropertyValue(`border-${side}-width`));
  }
  // Computed inset shadows read "rgb(…) x y blur spread inset", comma separated.
  for (const shadow of style.boxShadow.split(/,(?![^(]*\))/)) {
    const match = shadow.trim().match(/^(rgba?\([^)]*\)) (-?[\d.]+)px (-?[\d.]+)px [\d.]+px (-?[\d.]+)px inset$/);
    if (!match || match[1] !== colour) continue;
    const [x, y, spread] = [Number(match[2]), Number(match[3]), Number(match[4])];
    sides.top += Math.max(0, spread + y);
    sides.bottom += Math.max(0, spread - y);
    sides.left += Math.max(0, spread + x);
    sides.right += Math.max(0, spread - x);
  }
  return sides;
}

it('the pressed issue filter toggle is not drawn like the focus ring, and still shows it is pressed', async () => {
  await runStory(CompletedWarning, async () => {
    const dialog = await openDialog('.mlv-details__issue-filter');
    const buttons = [...dialog.querySelectorAll<HTMLElement>('.mlv-details__issue-filter button')];
    const pressed = buttons.find((button) => button.getAttribute('aria-pressed') === 'true') as HTMLElement;
    const other = buttons.find((button) => button !== pressed) as HTMLElement;
    // Keyboard focus on a neighbour: its ring is the one ring in the group.
    other.focus();
    await userEvent.keyboard('{Shift}');
    const ring = getComputedStyle(other);
    expect(ring.outlineStyle).toBe('solid');
    const ringWidth = px(ring.outlineWidth);
    const lines = linesOf(pressed, ring.outlineColor);
    const closed = Math.min(lines.top, lines.right, lines.bottom, lines.left);
    expect(closed, JSON.stringify(lines)).toBeLessThan(ringWidth);
    // Pressed is still shown by more than colour: a thicker line on one side, bolder text.
    expect(Math.max(lines.top, lines.right, lines.bottom, lines.left)).toBeGreaterThanOrEqual(ringWidth);
    expect(Number(getComputedStyle(pressed).fontWeight)).toBeGreaterThan(Number(getComputedStyle(other).fontWeight));
  });
});
