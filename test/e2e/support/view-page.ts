import type { Locator, Page } from 'playwright-core';

/** Data rows only: skeleton and empty-state rows carry no row key. */
export const ROW = 'tbody tr[data-row-key]';

export const rowIds = (page: Page): Promise<string[]> =>
  page.locator(ROW).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-row-key') ?? ''));

export const rowStatuses = (page: Page): Promise<string[]> =>
  page.locator(ROW).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-status') ?? ''));

/** The start instants shown, as the `dateTime` of each row's Start Time cell. */
export const shownStartTimes = (page: Page): Promise<string[]> =>
  page
    .locator(`${ROW} td[data-column="startTime"] time`)
    .evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));

export const rowById = (page: Page, id: string): Locator => page.locator(`${ROW}[data-row-key="${id}"]`);

export const isFocused = (locator: Locator): Promise<boolean> =>
  locator.evaluate((element) => element === document.activeElement);

type RowWatch = { fewestRows: number };

/**
 * Records the fewest data rows the table ever held from now on, checked on every DOM change, so a
 * flow can prove rows never vanished (not even for one render) while something reloaded.
 */
export async function watchRowCount(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const state = window as unknown as RowWatch;
    const count = () => document.querySelectorAll(selector).length;
    state.fewestRows = count();
    new MutationObserver(() => {
      state.fewestRows = Math.min(state.fewestRows, count());
    }).observe(document.body, { childList: true, subtree: true });
  }, ROW);
}

export const fewestRowsSeen = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as RowWatch).fewestRows);
