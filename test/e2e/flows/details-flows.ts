import { chromium } from 'playwright-core';
import { expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../../../scripts/chromium.mjs';
import { REFERENCE_NOW } from '../server/reference-server.mjs';
import type { HostSession } from '../support/host-session.js';
import { expectedDetails, expectedIssues, expectedList, recordedRequests, sawRequest } from '../support/server-api.js';
import { isFocused, rowById, rowIds } from '../support/view-page.js';

/** The dialog's default issues page size (MigrationLogView's `issuesPageSize`). */
const ISSUES_PAGE_SIZE = 50;
const POLL = { timeout: 10_000 };

/** The first migration on the page with more than one page of issues. */
async function migrationWithManyIssues(session: HostSession): Promise<string> {
  for (const id of await rowIds(session.page)) {
    const issues = await expectedIssues(session.url, id, 0, ISSUES_PAGE_SIZE);
    if (issues.total > ISSUES_PAGE_SIZE) return id;
  }
  throw new Error('the seeded data has no migration with two pages of issues on page 1: change REFERENCE_SEED');
}

/** The details dialog: opened by keyboard, issues paged from the server, Escape, Cancel. */
export function detailsFlows(session: HostSession): void {
  it('opens details by keyboard, pages the issues, closes with Escape and returns focus', async () => {
    await session.open();
    const { page, url } = session;
    const id = await migrationWithManyIssues(session);
    const row = rowById(page, id);
    const opener = row.getByRole('button', { name: /^View details of the migration started / });

    // Tab from the status badge, the last focusable thing before the row's action.
    await row.locator('td[data-column="status"] [tabindex="0"]').focus();
    await page.keyboard.press('Tab');
    expect(await isFocused(opener)).toBe(true);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Migration log details' });
    await dialog.getByText(`Migration ${id}`, { exact: true }).waitFor();
    const firstIssue = dialog.locator('.mlv-details__issue-list > li').first();
    const pageOne = await expectedIssues(url, id, 0, ISSUES_PAGE_SIZE);
    await expect.poll(() => firstIssue.textContent(), POLL).toContain(pageOne.items[0]?.message);
    await session.screenshot('details');

    const shownFirst = await firstIssue.textContent();
    const pager = dialog.getByRole('navigation', { name: 'Errors and warnings pages' });
    const next = pager.getByRole('button', { name: 'Next page' });
    // As a user sees the end of the list before pressing Next below it. The list is virtualised:
    // scrolled there, it renders and measures its last issues a frame or two later, and the pager
    // moves by a few px; a press in between came up beside the button (the click went to the section).
    await next.scrollIntoViewIfNeeded();
    await dialog.locator(`.mlv-details__issue-list > li[aria-posinset="${ISSUES_PAGE_SIZE}"]`).waitFor();
    await next.click();
    const pageTwo = await expectedIssues(url, id, 1, ISSUES_PAGE_SIZE);
    // Other issues, not the first page again: checked on screen, not only against the server. Waits
    // for page 2's first issue itself: the list is virtualised, so on the way (focus moves up to the
    // heading, then page 2 arrives) its first item is whichever issue of either page is in view.
    await expect.poll(() => firstIssue.textContent(), POLL).toContain(pageTwo.items[0]?.message);
    expect(await firstIssue.textContent()).not.toBe(shownFirst);
    const pages = Math.ceil(pageTwo.total / ISSUES_PAGE_SIZE);
    expect(await pager.getByRole('status').textContent()).toBe(`Page 2 of ${pages}`);
    const requests = await recordedRequests(url);
    expect(sawRequest(requests, 'issues', { pageIndex: '1' })).toBe(true);
    expect(requests.some((r) => r.route === 'issues' && r.path.includes(encodeURIComponent(id)))).toBe(true);

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => isFocused(opener), POLL).toBe(true);
  });

  // A phone too: there an issue is about 121 px tall, not the list's 72 px guess, so the list grows under
  // the scroll while the issues on the way get drawn.
  it.each([
    { width: 1280, height: 720 },
    { width: 414, height: 896 },
  ])(
    'End in the dialog, with smooth scrolling as in desktop Chrome, reaches the issues pager at $width x $height',
    async (viewport) => {
      // Its own browser: the flag is per browser, and the other flows keep instant scrolling. Each issue
      // measured on the way used to correct the scroll at once, which ends the animation short.
      const browser = await chromium.launch({
        executablePath: findChromium(),
        args: [...CHROMIUM_ARGS, '--enable-smooth-scrolling'],
        headless: true,
      });
      try {
        const page = await browser.newPage({ viewport });
        await session.open();
        const id = await migrationWithManyIssues(session);
        await page.goto(`${session.url}/?now=${REFERENCE_NOW}`);
        await rowById(page, id)
          .getByRole('button', { name: /^View details of/ })
          .click();
        const dialog = page.getByRole('dialog', { name: 'Migration log details' });
        await dialog.locator('.mlv-details__issue-list > li').first().waitFor();
        const body = dialog.locator('.mlv-dialog__body');
        await page.waitForTimeout(300);
        await body.evaluate((element) => {
          (element as HTMLElement).tabIndex = -1;
          (element as HTMLElement).focus();
        });
        await page.keyboard.press('End');
        const toEnd = () => body.evaluate((element) => element.scrollHeight - element.clientHeight - element.scrollTop);
        await expect.poll(toEnd, { timeout: 3000 }).toBeLessThan(1);
      } finally {
        await browser.close();
      }
    },
  );

  it('cancels an in-progress migration: Cancel, Confirm, and its status becomes Error', async () => {
    await session.open();
    const { page, url } = session;
    const running = (await expectedList(url)).items.find((item) => item.status === 'In progress');
    if (!running) throw new Error('the seeded data has no in-progress migration on page 1');
    const row = rowById(page, running.id);
    await row.getByRole('button', { name: /^View details of/ }).click();

    const dialog = page.getByRole('dialog', { name: 'Migration log details' });
    const status = dialog.locator('.mlv-details__status [data-status]');
    await expect.poll(() => status.getAttribute('data-status'), POLL).toBe('in-progress');
    await dialog.getByRole('button', { name: 'Cancel migration' }).click();
    await dialog.getByRole('button', { name: 'Confirm' }).click();

    await expect.poll(() => status.getAttribute('data-status'), POLL).toBe('error');
    await dialog.getByText('The migration was cancelled.').waitFor();
    const cancelPath = `/api/migrations/${encodeURIComponent(running.id)}/cancel`;
    expect((await recordedRequests(url)).some((r) => r.method === 'POST' && r.path === cancelPath)).toBe(true);
    expect((await expectedDetails(url, running.id)).status).toBe('Error');

    await page.keyboard.press('Escape');
    await expect.poll(() => row.getAttribute('data-status'), POLL).toBe('error');
  });
}
