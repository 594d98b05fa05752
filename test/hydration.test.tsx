/**
 * Server rendering, then hydration: what a Next.js or Remix host does with a client component.
 * The HTML is rendered as on a server (no `window`), then hydrated in the page. React must find
 * the same markup (no recoverable hydration error, nothing logged), and the view must then load.
 */
import { act, screen, waitFor } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MigrationLogDetailsDialog } from '../src/components/details-dialog/MigrationLogDetailsDialog.js';
import { scrollMode } from '../src/components/table/scroll-mode.js';
import { MigrationLogView } from '../src/components/view/MigrationLogView.js';
import { generateMigrationLogs } from '../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../src/data-sources/in-memory/create-in-memory-data-source.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const records = generateMigrationLogs({ count: 60, seed: 5, now: NOW });

/** The markup a server sends: rendered where `typeof window === 'undefined'`. */
function serverHtml(ui: ReactElement): string {
  const window = Object.getOwnPropertyDescriptor(globalThis, 'window');
  Object.defineProperty(globalThis, 'window', { configurable: true, value: undefined });
  try {
    return renderToString(ui);
  } finally {
    if (window) Object.defineProperty(globalThis, 'window', window);
  }
}

/** Each case: the element, and a text that shows once its data has loaded. */
const cases: Record<string, [() => ReactElement, RegExp]> = {
  'the paged view': [
    () => <MigrationLogView dataSource={source()} now={NOW} locale="en-US" timeZone="UTC" />,
    /^Nov \d+, 2026/,
  ],
  // jsdom lays nothing out, so scroll mode renders no rows here; its footer counts them.
  'the scroll-mode view': [
    () => <MigrationLogView dataSource={source()} mode={scrollMode} now={NOW} locale="en-US" timeZone="UTC" />,
    /^60 migrations$/,
  ],
  'a deep-linked dialog': [
    () => (
      <MigrationLogDetailsDialog
        dataSource={source()}
        migrationId={records[0]?.id ?? null}
        onMigrationIdChange={() => {}}
        now={NOW}
        locale="en-US"
        timeZone="UTC"
      />
    ),
    /^Nov \d+, 2026/,
  ],
};
let shared: ReturnType<typeof createInMemoryDataSource> | undefined;
const source = () => {
  shared ??= createInMemoryDataSource(records, { now: () => NOW });
  return shared;
};

describe('hydrating server-rendered markup', () => {
  let root: Root | undefined;
  afterEach(() => {
    act(() => root?.unmount());
    root = undefined;
    document.body.innerHTML = '';
  });

  it.each(Object.keys(cases))('%s hydrates without a mismatch, then loads', async (name) => {
    const [ui, loaded] = cases[name] as [() => ReactElement, RegExp];
    const container = document.createElement('div');
    container.innerHTML = serverHtml(ui());
    document.body.append(container);
    const recoverable: unknown[] = [];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      await act(async () => {
        root = hydrateRoot(container, ui(), { onRecoverableError: (error) => recoverable.push(error) });
      });
      expect(recoverable).toEqual([]);
      expect(logged).not.toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
    // Hydrated, it is live: data arrives.
    await waitFor(() => expect(screen.getAllByText(loaded).length).toBeGreaterThan(0));
  });
});
