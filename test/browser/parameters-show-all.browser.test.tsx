import { composeStories } from '@storybook/react-vite';
import { userEvent } from 'vitest/browser';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// 1,200 parameters behind "Show all": geometry, focus and find-in-page need a real browser.
const { ManyParameters } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

async function showAll(): Promise<HTMLElement[]> {
  const dialog = await openDialog('.mlv-details__show-all');
  (dialog.querySelector('.mlv-details__show-all') as HTMLElement).click();
  await vi.waitFor(() => {
    if (dialog.querySelectorAll('.mlv-details__parameter-list > *').length < 1200) throw new Error('not all yet');
  });
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return [...dialog.querySelectorAll<HTMLElement>('.mlv-details__parameter-list > .mlv-details__field')];
}

// Laying out and painting 5,000 revealed parameters took most of a second; only those near the view
// need it. checkVisibility({ contentVisibilityAuto }) is false for content the browser skips.
it('after "Show all", parameters far below the view are not rendered, those in view are', async () => {
  await runStory(ManyParameters, async () => {
    const fields = await showAll();
    const rendered = (field: HTMLElement) =>
      (field.querySelector('dd') as HTMLElement).checkVisibility({ contentVisibilityAuto: true });
    expect(rendered(fields[50] as HTMLElement)).toBe(true);
    expect(rendered(fields[1199] as HTMLElement)).toBe(false);
  });
});

it('a skipped parameter is still found by find-in-page, and scrolled into view when focused', async () => {
  await runStory(ManyParameters, async () => {
    const fields = await showAll();
    const last = fields[1199] as HTMLElement;
    // Chromium's window.find searches the page as find-in-page does: skipped text must be found.
    expect((window as unknown as { find(text: string): boolean }).find('option_1199')).toBe(true);
    expect(last.contains(getSelection()?.anchorNode ?? null)).toBe(true);
    last.tabIndex = -1;
    last.focus();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const body = (document.querySelector('.mlv-dialog__body') as HTMLElement).getBoundingClientRect();
    const box = last.getBoundingClientRect();
    // Within a pixel: scrolled to before it was rendered at its real height.
    expect(box.top).toBeGreaterThanOrEqual(body.top - 1);
    expect(box.bottom).toBeLessThanOrEqual(body.bottom + 1);
    expect((last.querySelector('dd') as HTMLElement).checkVisibility({ contentVisibilityAuto: true })).toBe(true);
  });
});

it('Tab from the parameter "Show all" revealed goes on to Close, not nowhere', async () => {
  await runStory(ManyParameters, async () => {
    const fields = await showAll();
    expect(document.activeElement).toBe(fields[50]);
    await userEvent.keyboard('{Tab}');
    expect(document.activeElement).toBe(document.querySelector('.mlv-dialog__close'));
    // No extra tab stop left behind: back from Close wraps to the last control.
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}');
    expect(document.activeElement).toBe(document.querySelector('.mlv-segmented__button[data-level="warning"]'));
  });
});
