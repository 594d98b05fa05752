import { setProjectAnnotations } from '@storybook/react-vite';
import { page } from 'vitest/browser';
import * as previewAnnotations from '../../../.storybook/preview.js';

/** Storybook's preview (decorators, theme) for composed stories: `beforeAll(storyProject.beforeAll)`. */
export const storyProject = setProjectAnnotations([previewAnnotations]);

interface RunnableStory {
  run(context: { canvasElement: HTMLElement }): Promise<void>;
}

/**
 * Runs a composed story in a fresh canvas, at `viewport` (CSS px) when given, and hands the canvas
 * to `check`; then removes it and gives the viewport back, whether `check` passed or not.
 */
export async function runStory(
  story: RunnableStory,
  check: (canvasElement: HTMLElement) => Promise<void>,
  viewport?: { width: number; height: number },
): Promise<void> {
  const canvasElement = document.createElement('div');
  document.body.append(canvasElement);
  const before = { width: window.innerWidth, height: window.innerHeight };
  try {
    if (viewport) await page.viewport(viewport.width, viewport.height);
    await story.run({ canvasElement });
    await check(canvasElement);
  } finally {
    if (viewport) await page.viewport(before.width, before.height);
    canvasElement.remove();
  }
}

/** The open details dialog, once an element matching `ready` is in it. */
export const openDialog = (ready = '.mlv-details'): Promise<HTMLElement> =>
  vi.waitFor(() => {
    const found = document.querySelector<HTMLElement>('[role="dialog"]');
    if (!found?.querySelector(ready)) throw new Error('no details yet');
    return found;
  });

/** A computed CSS length in px as a number (0 for `auto`, `none` and the like). */
export const px = (value: string): number => Number.parseFloat(value) || 0;
