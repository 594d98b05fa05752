import { composeStories } from '@storybook/react-vite';
import * as dialogStories from '../../stories/MigrationLogDetailsDialog.stories.js';
import { openDialog, runStory, storyProject } from './support/run-story.js';

// Host apps on Bootstrap load its reboot as global CSS, before our stylesheet or after it. It styles
// elements the dialog uses without saying how: the per-object caption went below its table in a
// grey meant for a white page (unreadable in the dark theme), the migration id turned pink, and the
// cancel question grew to a 24 px headline, and the dialog's headings lost their line height. With the reboot the dialog must look as it does without.
const { DarkTheme, CancelConfirm } = composeStories(dialogStories);

beforeAll(storyProject.beforeAll);

// The rules of bootstrap@5.3.9 dist/css/bootstrap-reboot.css that reach the dialog, as shipped.
const BOOTSTRAP_REBOOT = `
:root { --bs-secondary-color: rgba(33, 37, 41, 0.75); --bs-code-color: #d63384; }
code { font-size: 0.875em; color: var(--bs-code-color); word-wrap: break-word; }
table { caption-side: bottom; border-collapse: collapse; }
caption { padding-top: 0.5rem; padding-bottom: 0.5rem; color: var(--bs-secondary-color); text-align: left; }
legend { float: left; width: 100%; padding: 0; margin-bottom: 0.5rem; line-height: inherit; font-size: calc(1.275rem + 0.3vw); }
legend + * { clear: left; }
h6, h5, h4, h3, h2, h1 { margin-top: 0; margin-bottom: 0.5rem; font-weight: 500; line-height: 1.2; color: var(--bs-heading-color); }
h2 { font-size: calc(1.325rem + 0.9vw); }
h3 { font-size: calc(1.3rem + 0.6vw); }
`;

const positions = [
  { name: 'before our stylesheet', insert: (style: HTMLStyleElement) => document.head.prepend(style) },
  { name: 'after our stylesheet', insert: (style: HTMLStyleElement) => document.head.append(style) },
];

/** Measures `read` without the reboot, then with it, and hands back both. */
async function withAndWithoutReboot<T>(insert: (style: HTMLStyleElement) => void, read: () => T) {
  const without = read();
  const style = document.createElement('style');
  style.textContent = BOOTSTRAP_REBOOT;
  insert(style);
  try {
    return { without, withReboot: read() };
  } finally {
    style.remove();
  }
}

const rect = (element: Element) => {
  const { top, height } = element.getBoundingClientRect();
  return { top: Math.round(top), height: Math.round(height) };
};

it.each(positions)('$name: the object table caption stays above its table, in the text colour', async ({ insert }) => {
  await runStory(DarkTheme, async () => {
    const dialog = await openDialog('.mlv-details__caption');
    const caption = dialog.querySelector('.mlv-details__caption') as HTMLElement;
    const head = dialog.querySelector('.mlv-details__table thead') as HTMLElement;
    const { without, withReboot } = await withAndWithoutReboot(insert, () => ({
      caption: rect(caption),
      head: rect(head),
      color: getComputedStyle(caption).color,
    }));
    expect(withReboot.caption.top).toBeLessThan(withReboot.head.top);
    expect(withReboot).toEqual(without);
  });
});

it.each(positions)('$name: the migration id keeps the text colour', async ({ insert }) => {
  await runStory(DarkTheme, async () => {
    const dialog = await openDialog('.mlv-details__id');
    const id = dialog.querySelector('.mlv-details__id') as HTMLElement;
    const { without, withReboot } = await withAndWithoutReboot(insert, () => getComputedStyle(id).color);
    expect(withReboot).toBe(without);
  });
});

it.each(positions)('$name: the cancel question keeps the size and place of body text', async ({ insert }) => {
  await runStory(CancelConfirm, async () => {
    const dialog = await openDialog('.mlv-details__cancel-question');
    const question = dialog.querySelector('.mlv-details__cancel-question') as HTMLElement;
    const actions = dialog.querySelector('.mlv-details__cancel-actions') as HTMLElement;
    const { without, withReboot } = await withAndWithoutReboot(insert, () => ({
      question: rect(question),
      actions: rect(actions),
      fontSize: getComputedStyle(question).fontSize,
    }));
    expect(withReboot).toEqual(without);
  });
});

it.each(positions)('$name: the dialog headings keep their size, weight, line height and place', async ({ insert }) => {
  await runStory(DarkTheme, async () => {
    const dialog = await openDialog('.mlv-details__heading');
    const headings = [...dialog.querySelectorAll('h2, h3')] as HTMLElement[];
    expect(headings.length).toBeGreaterThan(3);
    const { without, withReboot } = await withAndWithoutReboot(insert, () =>
      headings.map((heading) => {
        const { fontSize, fontWeight, lineHeight, marginBottom } = getComputedStyle(heading);
        return { text: heading.textContent, ...rect(heading), fontSize, fontWeight, lineHeight, marginBottom };
      }),
    );
    expect(withReboot).toEqual(without);
  });
});
