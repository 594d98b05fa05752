import { composeStories } from '@storybook/react-vite';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { runStory, storyProject } from './support/run-story.js';

// Needs a real layout and ResizeObserver. Scrolled down to the pager, the virtualised list renders
// the page's last issues and measures them in the next frame. Next pressed before that measurement
// (Playwright's click scrolls and clicks at once: the e2e flake) moved focus to the list's heading,
// then the measurement "kept the view steady" from the offset the list had last seen, the page end:
// the new page flashed, or stayed, at its bottom with focus on a heading out of view.
const { ErrorWith50000Issues } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

/** Whether `element` lies within the scrolling body's visible box. */
function inView(element: Element, body: HTMLElement): boolean {
  const view = body.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return box.top >= view.top - 1 && box.bottom <= view.bottom + 1;
}

it('Next pressed as the page end renders keeps the new page at its heading, in every frame', async () => {
  await runStory(ErrorWith50000Issues, async () => {
    const next = await vi.waitFor(() => {
      const button = [...document.querySelectorAll<HTMLElement>('.mlv-details__issue-pager button')].at(-1);
      if (!button) throw new Error('no issue pager yet');
      return button;
    });
    const body = document.querySelector('.mlv-dialog__body') as HTMLElement;
    const list = document.querySelector('.mlv-details__issue-list') as HTMLElement;
    const status = document.querySelector('.mlv-details__issue-pager [role="status"]') as HTMLElement;
    const pageOneFirst = list.querySelector('li')?.textContent;
    // Each frame sees what the previous one painted. Sampled from before the click, so in every frame
    // this runs ahead of the dialog's own "focused control into view" frame callbacks.
    const heading = document.querySelector('.mlv-details__issues > h3') as HTMLElement;
    const outOfView: number[] = [];
    let frame = 0;
    const sample = () => {
      frame++;
      if (document.activeElement === heading && !inView(heading, body)) outOfView.push(frame);
      if (frame < 40) requestAnimationFrame(sample);
    };
    requestAnimationFrame(sample);
    // Next in the same task as the render of the page's end, before its issues are measured.
    await new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        observer.disconnect();
        next.click();
        resolve();
      });
      observer.observe(list, { childList: true });
      body.scrollTop = body.scrollHeight;
    });
    await vi.waitFor(() => expect(frame).toBe(40));
    expect(outOfView).toEqual([]);
    await vi.waitFor(() => expect(list.closest('section')?.getAttribute('aria-busy')).toBe('false'));
    expect(status.textContent).toMatch(/^Page 2 of /);
    expect(document.activeElement).toBe(heading);
    const first = list.querySelector('li');
    expect(first?.getAttribute('aria-posinset')).toBe('1');
    expect(first?.textContent).not.toBe(pageOneFirst);
    expect(first && inView(first, body)).toBe(true);
  });
});
