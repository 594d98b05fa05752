import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import { launchChromium } from '../../../scripts/chromium.mjs';
import { type HostName, hostDistDir, SCREENSHOT_DIR } from '../paths.mjs';
import { REFERENCE_NOW, type ReferenceServer, startReferenceServer } from '../server/reference-server.mjs';
import { control } from './server-api.js';
import { ROW } from './view-page.js';

/** What every flow gets: the server, a fresh page per test, and helpers bound to both. */
export interface HostSession {
  readonly host: HostName;
  readonly url: string;
  readonly page: Page;
  /** Loads the host app (with the data's fixed "now") and waits for the first data rows. */
  open(search?: string): Promise<void>;
  /** Saves test-results/screenshots/<host>-<name>.png. */
  screenshot(name: string): Promise<void>;
}

/**
 * One reference server and one Chromium per test file (per host), a new browser context per
 * test, and the server's data reset before each test, so flows never see each other's state.
 */
export function useHostSession(host: HostName): HostSession {
  let server: ReferenceServer | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    server = await startReferenceServer({ staticDir: hostDistDir(host) });
    browser = await launchChromium();
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(async () => {
    await control(session.url, { reset: true });
    context = await (browser as Browser).newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });
  afterEach(async () => {
    await context?.close();
    // An uncaught exception in the page fails the flow even when its assertions passed.
    expect(pageErrors).toEqual([]);
  });

  const session: HostSession = {
    host,
    get url() {
      if (!server) throw new Error('the reference server is not running');
      return server.url;
    },
    get page() {
      if (!page) throw new Error('no page outside a test');
      return page;
    },
    async open(search = '') {
      const params = new URLSearchParams(search);
      params.set('now', String(REFERENCE_NOW));
      await session.page.goto(`${session.url}/?${params}`);
      await session.page.locator(ROW).first().waitFor();
    },
    async screenshot(name) {
      await session.page.screenshot({ path: join(SCREENSHOT_DIR, `${host}-${name}.png`) });
    },
  };
  return session;
}
