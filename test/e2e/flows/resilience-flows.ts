import { expect, it } from 'vitest';
import type { HostSession } from '../support/host-session.js';
import { control, expectedList, recordedRequests } from '../support/server-api.js';
import { fewestRowsSeen, rowIds, rowStatuses, watchRowCount } from '../support/view-page.js';

const POLL = { timeout: 10_000 };
const idsOf = (page: { items: Array<{ id: string }> }) => page.items.map((item) => item.id);

/** Server failures and slow, out-of-order answers. */
export function resilienceFlows(session: HostSession): void {
  it('shows a 500 and its message, keeps the rows, and recovers on Retry', async () => {
    await session.open();
    const { page, url } = session;
    const firstPage = await rowIds(page);
    await watchRowCount(page);

    const message = 'The migration database is unavailable (e2e).';
    // Every list answer fails until cleared, whatever the library's automatic retries.
    await control(url, { failAlways: { status: 500, message, route: 'list' } });
    await page.getByRole('button', { name: 'Next page', exact: true }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'The migrations could not be loaded.' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain(message);
    expect(await rowIds(page)).toEqual(firstPage);
    await session.screenshot('error');

    await control(url, { failAlways: null });
    // Retry sits beside the alert, in its banner.
    await alert.locator('xpath=..').getByRole('button', { name: 'Retry' }).click();
    await expect.poll(() => rowIds(page), POLL).toEqual(idsOf(await expectedList(url, { pageIndex: '1' })));
    await alert.waitFor({ state: 'detached' });
    expect(await fewestRowsSeen(page)).toBe(firstPage.length);
  });

  it('never lets a slow answer to an old query replace the answer to the new one', async () => {
    await session.open();
    const { page, url } = session;
    const old = { sort: 'startTime', direction: 'asc' };
    // Only the old query's answer is slow: a refresh of the first page does not match it.
    await control(url, { delayNextListMs: 3000, delayNextListWhere: old });

    await page.getByRole('columnheader', { name: 'Start Time', exact: true }).getByRole('button').click();
    const isOld = (r: { route: string | null; params: Record<string, string> }) =>
      r.route === 'list' && r.params.direction === 'asc' && r.params.status === undefined;
    await expect.poll(async () => (await recordedRequests(url)).some(isOld), POLL).toBe(true);
    await page.getByRole('group', { name: 'Status' }).getByRole('checkbox', { name: 'Error', exact: true }).check();

    const expected = idsOf(await expectedList(url, { ...old, status: 'error' }));
    await expect.poll(() => rowIds(page), POLL).toEqual(expected);
    // The old answer is sent in full, late; then the browser gets time to (wrongly) apply it.
    await expect.poll(async () => (await recordedRequests(url)).find(isOld)?.finishedAt ?? null, POLL).not.toBeNull();
    await page.waitForTimeout(750);
    expect(await rowIds(page)).toEqual(expected);
    expect(new Set(await rowStatuses(page))).toEqual(new Set(['error']));
    // DESIGN §4: the superseded request is not just ignored but aborted.
    expect((await recordedRequests(url)).find(isOld)?.clientAborted).toBe(true);
  });
}
