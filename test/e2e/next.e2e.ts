import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { type NextServer, startNextServer } from './support/next-server.js';
import { expectedList } from './support/server-api.js';
import { isFocused, ROW, rowIds } from './support/view-page.js';

const POLL = { timeout: 10_000 };
/** The badge as StatusBadge server-renders it: a span with its status and tone, and its label. */
const COMPLETED_BADGE_HTML =
  /<span[^>]*class="mlv-status-badge[ "][^>]*data-status="completed"[^>]*>.*?<span class="mlv-status-badge__label">Completed<\/span>/s;

const idsOf = (page: { items: Array<{ id: string }> }) => page.items.map((item) => item.id);

// The packed library in a Next.js App Router app (test/e2e/host-next/), as `next build` and
// `next start` serve it: server pages render its components, a client component holds the view.
describe('host-next: Next.js App Router in Chromium', () => {
  let server: NextServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  /** Console errors and warnings (React reports hydration mismatches there) and uncaught exceptions. */
  let problems: string[] = [];

  const url = () => (server as NextServer).url;
  const current = () => page as Page;
  /** The page as `next start` sends it, before any script runs. */
  const serverHtml = async (path: string) => {
    const response = await fetch(`${url()}${path}`);
    expect(response.status, path).toBe(200);
    return response.text();
  };
  /** Checked without printing the whole page when it fails. */
  const expectInHtml = (html: string, pattern: RegExp, what: string) => expect(pattern.test(html), what).toBe(true);
  /** Loads a page and waits until React has hydrated it (the host's HydrationMark). */
  const open = async (path: string) => {
    await current().goto(`${url()}${path}`);
    await current().locator('html[data-hydrated="true"]').waitFor();
  };

  beforeAll(async () => {
    server = await startNextServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    problems = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        problems.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });
  afterEach(async () => {
    await context?.close();
    expect(problems).toEqual([]);
  });

  it('a server page renders StatusBadge: in the HTML, and kept by hydration under React 19', async () => {
    expectInHtml(await serverHtml('/badge'), COMPLETED_BADGE_HTML, 'the badge in the HTML of /badge');

    await open('/badge');
    const badge = current().locator('.mlv-status-badge');
    expect(await badge.count()).toBe(1);
    expect(await badge.getAttribute('data-status')).toBe('completed');
    expect(await badge.locator('.mlv-status-badge__label').textContent()).toBe('Completed');
    expect(await current().evaluate(() => document.documentElement.dataset.reactVersion)).toMatch(/^19\./);
    // Its handlers are live, not server HTML alone: Escape on the focused badge dismisses its tooltip.
    const tooltip = badge.getByRole('tooltip');
    expect(await tooltip.getAttribute('data-dismissed')).toBeNull();
    await badge.focus();
    await current().keyboard.press('Escape');
    await expect.poll(() => tooltip.getAttribute('data-dismissed'), POLL).toBe('');
  });

  it('a client component renders the view: table in the HTML, rows from the route handler, details dialog', async () => {
    const html = await serverHtml('/migrations');
    expectInHtml(html, COMPLETED_BADGE_HTML, 'the badge in the HTML of /migrations');
    expectInHtml(html, /<table class="mlv-table"[^>]*>.*?<th[^>]*data-column="startTime".*?Start Time/s, 'the table');

    await open('/migrations');
    await current().locator(ROW).first().waitFor();
    expect(await rowIds(current())).toEqual(idsOf(await expectedList(url())));

    const [id] = await rowIds(current());
    const opener = current()
      .locator(`${ROW}[data-row-key="${id}"]`)
      .getByRole('button', { name: /^View details of the migration started / });
    await opener.click();
    const dialog = current().getByRole('dialog', { name: 'Migration log details' });
    await dialog.getByText(`Migration ${id}`, { exact: true }).waitFor();
    await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement)), POLL).toBe(true);

    await current().keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(opener), POLL).toBe(true);
  });

  it('a server component calls the core: data source, generator, normaliser, statuses, formatter', async () => {
    const firstFive = idsOf(await expectedList(url(), { pageSize: '5' })).join(' ');
    await open('/helpers');
    const text = (id: string) => current().locator(`#${id}`).textContent();
    expect(await text('total')).toBe('120');
    expect(await text('first-ids')).toBe(firstFive);
    expect(await text('status')).toBe('completed-warning');
    expect(await text('tone')).toBe('danger');
    expect(await text('started')).toBe('2 Jan 2026, 03:04');
    expect((await serverHtml('/helpers')).includes(firstFive), 'the ids in the HTML of /helpers').toBe(true);
  });
});
