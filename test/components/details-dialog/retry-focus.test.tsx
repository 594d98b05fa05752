import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MigrationLogError } from '../../../src/core/errors.js';
import type { IssuePage, MigrationLogDetailsRecord } from '../../../src/core/types.js';
import { bannerOf } from '../../support/error-banner.js';
import { detailsRecord, fakeSource, NOW, renderHarness } from './helpers.js';

/** Answers settled by the test, one request at a time. */
function answers<T>() {
  let settle: { resolve: (value: T) => void; reject: (error: Error) => void } | null = null;
  const next = () =>
    new Promise<T>((resolve, reject) => {
      settle = { resolve, reject };
    });
  const take = () => {
    if (!settle) throw new Error('no request pending');
    const current = settle;
    settle = null;
    return current;
  };
  return {
    next,
    reject: (error: Error) => take().reject(error),
    fail: (message: string) => act(() => take().reject(new Error(message))),
    answer: (value: T) => act(() => take().resolve(value)),
  };
}

/**
 * A retry of something never loaded clears the error while it runs (TanStack Query does): the banner
 * with the focused Retry button must stay, or focus falls out of it (WCAG 2.4.3); once the retry
 * succeeds and the banner goes, focus goes where the content starts, not to the dialog or <body>.
 */
describe('Retry in the details dialog keeps keyboard focus', () => {
  /** Opens m-1, fails its details, and presses Retry: the retry is under way. */
  async function retryAfterLoadError() {
    const details = answers<MigrationLogDetailsRecord>();
    const { source } = fakeSource(details.next);
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    await waitFor(() => details.fail('Gateway timeout'));
    const retry = within(bannerOf(await screen.findByRole('alert'))).getByRole('button', { name: 'Retry' });
    await userEvent.setup().click(retry);
    return { details, retry };
  }

  it('keeps the load error and Retry while the retry runs, then focuses the title', async () => {
    const { details, retry } = await retryAfterLoadError();
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    expect(retry).toBeInTheDocument();
    expect(retry).toHaveFocus();
    details.answer(detailsRecord('m-1'));
    await screen.findByText('ada@example.com');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Migration log details' })).toHaveFocus();
  });

  it('keeps the issue list error and Retry while the retry runs, then focuses the list heading', async () => {
    const issues = answers<IssuePage>();
    const { source } = fakeSource(async (id) => detailsRecord(id, { issues: null }), { listIssues: issues.next });
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const heading = await screen.findByRole('heading', { name: 'Errors and warnings' });
    const section = heading.closest('section') as HTMLElement;
    await waitFor(() => issues.fail('Issue store unavailable'));
    const retry = within(bannerOf(await within(section).findByRole('alert'))).getByRole('button', { name: 'Retry' });
    await user.click(retry);
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    expect(retry).toBeInTheDocument();
    expect(retry).toHaveFocus();
    issues.answer({ items: [{ level: 'error', message: 'Account not found', count: 1 }], total: 1 });
    await within(section).findByText('Account not found');
    expect(within(section).queryByRole('alert')).toBeNull();
    expect(heading).toHaveFocus();
  });

  it('keeps saying "not found", word for word, while its retry runs', async () => {
    const details = answers<MigrationLogDetailsRecord>();
    const { source } = fakeSource(details.next);
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'gone', initialId: 'gone', now: NOW });
    await waitFor(() => act(() => details.reject(new MigrationLogError('Not Found', { kind: 'http', status: 404 }))));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/^Migration gone was not found\.$/);
    const retry = within(bannerOf(alert)).getByRole('button', { name: 'Retry' });
    await user.click(retry);
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    // A changed text in the alert would be read out as if the retry had already failed another way.
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert).toHaveTextContent(/^Migration gone was not found\.$/);
  });

  it('does not take focus from elsewhere when a retry succeeds', async () => {
    const { details } = await retryAfterLoadError();
    const close = screen.getByRole('button', { name: 'Close' });
    close.focus();
    details.answer(detailsRecord('m-1'));
    await screen.findByText('ada@example.com');
    expect(close).toHaveFocus();
  });
});
