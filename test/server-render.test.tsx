// @vitest-environment node
/**
 * Server rendering: in Node, with no `window` or `document`, the package entry imports without
 * touching them and every component renders to a string, showing its loading state and asking
 * the data source for nothing.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';

type Entry = typeof import('../src/index.js');

/** An object whose every use throws: reading, writing or testing any property of it. */
function untouchable(name: string, touched: string[]): object {
  const touch = (what: string) => {
    touched.push(`${name}.${what}`);
    throw new Error(`${name}.${what} touched at import`);
  };
  return new Proxy(
    {},
    {
      get: (_target, key) => touch(String(key)),
      has: (_target, key) => touch(`[has ${String(key)}]`),
      set: (_target, key) => touch(String(key)),
      ownKeys: () => touch('[keys]'),
      getPrototypeOf: () => touch('[prototype]'),
    },
  );
}

/** Imports the package entry afresh while `window` and `document` exist but must not be used. */
async function importWithTraps(): Promise<{ entry: Entry; touched: string[] }> {
  const touched: string[] = [];
  const globals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location'];
  const saved = globals.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  for (const name of globals) {
    // `typeof window` stays legal (it is how code checks for a browser); any use throws.
    Object.defineProperty(globalThis, name, { configurable: true, get: () => untouchable(name, touched) });
  }
  try {
    vi.resetModules();
    const entry = (await import('../src/index.js')) as Entry;
    return { entry, touched };
  } finally {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else Reflect.deleteProperty(globalThis, name);
    }
  }
}

describe('server rendering', () => {
  it('runs where there is no window', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('imports the package entry without touching window, document or storage', async () => {
    // Third-party modules load first, as a host's server bundle would have them; only ours are traced.
    await Promise.all([
      import('@tanstack/react-query'),
      import('@tanstack/react-table'),
      import('@tanstack/react-virtual'),
      import('@radix-ui/react-dialog'),
    ]);
    const { entry, touched } = await importWithTraps();
    expect(touched).toEqual([]);
    expect(typeof entry.MigrationLogView).toBe('function');
  });

  it('renders every component to a string, loading, without requests', async () => {
    vi.resetModules();
    const lib = (await import('../src/index.js')) as Entry;
    const records = lib.generateMigrationLogs({ count: 30, seed: 1, now: Date.UTC(2026, 10, 28, 12) });
    const source = lib.createInMemoryDataSource(records);
    const props = { dataSource: source, locale: 'en-US', timeZone: 'UTC' };

    const view = renderToString(createElement(lib.MigrationLogView, props));
    expect(view).toContain('aria-busy="true"');
    expect(view).toContain('Loading migrations…');
    expect(view).toContain('mlv-skeleton');

    const table = renderToString(createElement(lib.MigrationLogTable, props));
    expect(table).toContain('Loading migrations…');
    expect(table).toContain('<table');

    const badge = renderToString(createElement(lib.StatusBadge, { status: 'COMPLETED_WARNING' }));
    expect(badge).toContain('data-status="completed-warning"');
    expect(badge).toContain('Completed-Warning');

    // The dialog portals into document.body, which exists only in the browser: on the server it
    // renders nothing and opens on hydration.
    const dialog = renderToString(createElement(lib.MigrationLogDetailsDialog, { ...props, migrationId: 'x' }));
    expect(dialog).toBe('');

    expect(source.stats().totalCalls).toBe(0);
  });
});
