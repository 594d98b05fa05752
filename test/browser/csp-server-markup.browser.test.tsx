import '../../src/styles/tokens.css';
import '../../src/styles/components.css';
import { QueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { StatusBadge } from '../../src/components/status-badge/StatusBadge.js';
import { MigrationLogView } from '../../src/components/view/MigrationLogView.js';
import { createChaosDataSource } from '../../src/data-sources/chaos/create-chaos-data-source.js';
import { generateMigrationLogs } from '../../src/data-sources/demo-data/generate-migration-logs.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';

// A strict Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') drops the style
// attributes of server-rendered markup, and hydration does not set them again. The screen-reader-only
// text in that markup showed on screen for the page's life: "Loading migrations…" twice while
// loading (the live region beside the visible status), and "Columns" over the open column menu.
const NOW = Date.UTC(2026, 10, 28, 12);
// Answers after the test ends: the view stays loading, and its live region gets its text.
const source = createChaosDataSource(createInMemoryDataSource(generateMigrationLogs({ count: 5, seed: 1, now: NOW })), {
  latency: 30_000,
});

/** Renders its children as they are; its effect runs once hydration has committed. */
function Hydrated({ children, onHydrated }: { children: ReactNode; onHydrated: () => void }) {
  useEffect(onHydrated, [onHydrated]);
  return children;
}

let root: Root | undefined;
let container: HTMLElement | undefined;
beforeAll(() => {
  // Only style attributes: what 'self' without 'unsafe-inline' blocks in server-rendered HTML.
  const policy = Object.assign(document.createElement('meta'), { httpEquiv: 'Content-Security-Policy' });
  policy.content = "style-src-attr 'none'";
  document.head.append(policy);
});
afterEach(() => {
  root?.unmount();
  container?.remove();
});

it('server-rendered screen-reader-only text stays off screen when the policy blocks style attributes', async () => {
  const ui = (
    <MigrationLogView dataSource={source} now={NOW} locale="en-US" timeZone="UTC" queryClient={new QueryClient()} />
  );
  container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  const region = container.querySelector<HTMLElement>('.mlv-status-bar [role="status"]');
  const legend = container.querySelector<HTMLElement>('.mlv-column-menu legend');
  if (!region || !legend) throw new Error('no live region or legend in the server markup');
  // The policy is in force: the attribute is there, its declarations are not.
  expect(region.getAttribute('style')).toContain('position');
  expect(region.style.position).toBe('');

  root = hydrateRoot(container, ui);
  await vi.waitFor(() => expect(region.textContent).toBe('Loading migrations…'));
  (container.querySelector('.mlv-column-menu') as HTMLDetailsElement).open = true;
  // Shown, each is a line of text; hidden, a clipped box 1 px tall.
  for (const element of [region, legend]) {
    expect(element.getBoundingClientRect().height, element.outerHTML).toBeLessThanOrEqual(1);
  }
});

it('a server-rendered status badge keeps its description off screen under the same policy', async () => {
  const ui = <StatusBadge status="completed" />;
  container = document.createElement('div');
  container.innerHTML = renderToString(ui);
  document.body.append(container);
  const hydrating = container;
  // Unmounting a root that has not hydrated yet is an error of its own; wait for it.
  await new Promise<void>((resolve) => {
    root = hydrateRoot(hydrating, <Hydrated onHydrated={resolve}>{ui}</Hydrated>);
  });
  const description = container.querySelector<HTMLElement>('[role="tooltip"]');
  expect(description?.textContent).toBeTruthy();
  expect(description?.getBoundingClientRect().height).toBeLessThanOrEqual(1);
});
