import type { Preview } from '@storybook/react-vite';
import '../src/styles/tokens.css';
import '../src/styles/components.css';
import './story-surface.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { matchers: { date: /Date$/i } },
    // Every story fails its test on any axe violation (WCAG 2.0/2.1/2.2 A and AA).
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', items: ['light', 'dark'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: 'light' },
  decorators: [
    (Story, context) => {
      const theme = context.parameters.theme ?? context.globals.theme ?? 'light';
      // A right-to-left page sets `dir` on <html>; every other story resets it. Not on a docs
      // page, which shows several stories at once: there only the wrapper below turns.
      const dir = context.parameters.dir ?? 'ltr';
      // Dialogs portal to <body>, outside this wrapper: theme (and direct) the document too.
      if (typeof document !== 'undefined') {
        document.documentElement.dataset.theme = theme;
        if (context.viewMode !== 'docs') document.documentElement.dir = dir;
      }
      return (
        <div data-theme={theme} dir={dir} className="mlv-story-surface">
          <Story />
        </div>
      );
    },
  ],
  tags: ['autodocs'],
};

export default preview;
