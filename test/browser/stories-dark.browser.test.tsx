import { composeStories, setProjectAnnotations } from '@storybook/react-vite';
import axe from 'axe-core';
import * as previewAnnotations from '../../.storybook/preview.js';
import { animationsSettled } from './support/animations-settled.js';

// addon-vitest runs every story once, in the light theme, with axe. This runs every story again in
// the dark theme, so both themes are held to WCAG 2.x AA.
const project = setProjectAnnotations([previewAnnotations]);
const modules = import.meta.glob<Record<string, unknown>>('../../stories/*.stories.tsx', { eager: true });

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

beforeAll(project.beforeAll);

for (const [path, module] of Object.entries(modules)) {
  const stories = composeStories(module as Parameters<typeof composeStories>[0]) as Record<
    string,
    { run: (context: object) => Promise<void>; parameters: { theme?: string } }
  >;
  describe(path.replace(/^.*\//, ''), () => {
    for (const [name, Story] of Object.entries(stories)) {
      it(`${name} has no axe violations in the dark theme`, async () => {
        const canvasElement = document.createElement('div');
        document.body.append(canvasElement);
        try {
          await Story.run({ canvasElement, globals: { theme: 'dark' } });
          // A story may pin its theme (the unstyled one has none to switch).
          expect(document.documentElement.dataset.theme).toBe(Story.parameters.theme ?? 'dark');
          // Let async data land, as a reviewer would see it.
          await new Promise((resolve) => setTimeout(resolve, 400));
          await animationsSettled();
          const results = await axe.run(document.body, { runOnly: { type: 'tag', values: WCAG_TAGS } });
          const summary = results.violations.map(
            (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
          expect(summary).toEqual([]);
        } finally {
          canvasElement.remove();
        }
      });
    }
  });
}
