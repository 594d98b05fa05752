import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBanner } from '../../../src/components/shared/ErrorBanner.js';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { MigrationLogError } from '../../../src/core/errors.js';
import type { MigrationLogDataSource } from '../../../src/core/types.js';
import { bannerOf } from '../../support/error-banner.js';
import { renderWithClient } from '../../support/render.js';
import { fakeSource, NOW, renderHarness } from '../details-dialog/helpers.js';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A screen reader reads an alert whole: what it says must be the error, not "… 503. Retry". */
describe('ErrorBanner announces the error alone', () => {
  it('makes the title and reason the alert, with Retry beside it', () => {
    render(
      <ErrorBanner
        title="The migrations could not be loaded."
        message="Status 503."
        onRetry={() => {}}
        retryLabel="Retry"
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The migrations could not be loaded. Status 503.');
    expect(alert).not.toHaveTextContent('Retry');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(bannerOf(alert)).toContainElement(screen.getByRole('button', { name: 'Retry' }));
  });

  it('in the table, says a new error after a failed retry, with focus kept on Retry', async () => {
    let message = 'The database is down.';
    const source: MigrationLogDataSource = {
      list: async () => {
        await later(20);
        throw new MigrationLogError(message, { kind: 'http', status: 500 });
      },
      get: async () => {
        throw new Error('unused');
      },
    };
    const user = userEvent.setup();
    renderWithClient(<MigrationLogTable dataSource={source} now={NOW} locale="en-US" timeZone="UTC" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The database is down.');
    message = 'The session expired.';
    const retry = within(bannerOf(alert)).getByRole('button', { name: 'Retry' });
    await user.click(retry);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The session expired.'));
    expect(screen.getByRole('alert')).not.toHaveTextContent('Retry');
    expect(retry).toHaveFocus();
  });

  it('in the table, says the same error again when a retry fails the same way', async () => {
    let fail: () => void = () => {};
    const source: MigrationLogDataSource = {
      list: () =>
        new Promise((_, reject) => {
          fail = () => reject(new MigrationLogError('The database is down.', { kind: 'http', status: 500 }));
        }),
      get: async () => {
        throw new Error('unused');
      },
    };
    const user = userEvent.setup();
    renderWithClient(<MigrationLogTable dataSource={source} now={NOW} locale="en-US" timeZone="UTC" />);
    act(() => fail());
    const first = await screen.findByRole('alert');
    const retry = within(bannerOf(first)).getByRole('button', { name: 'Retry' });
    await user.click(retry);
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    // Not while the retry runs: that would repeat the old error as if the retry had failed already.
    expect(screen.getByRole('alert')).toBe(first);
    act(() => fail());
    await waitFor(() => expect(retry).not.toHaveAttribute('aria-busy'));
    // The same words in the same alert are not read again; a new alert element is.
    const again = screen.getByRole('alert');
    expect(again).not.toBe(first);
    expect(again).toHaveTextContent('The database is down.');
    expect(retry).toHaveFocus();
  });

  it('in the dialog, says the same error again when a retry fails again', async () => {
    const { source, get } = fakeSource(async () => {
      await later(20);
      throw new Error('Gateway timeout');
    });
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'm-1', initialId: 'm-1', now: NOW });
    const first = await screen.findByRole('alert');
    await user.click(within(bannerOf(first)).getByRole('button', { name: 'Retry' }));
    // The banner stays while the retry runs; then a new alert is inserted, so it is announced again.
    await waitFor(() => expect(first).not.toBeInTheDocument());
    const again = await screen.findByRole('alert');
    expect(get).toHaveBeenCalledTimes(2);
    expect(again).toHaveTextContent('Gateway timeout');
    expect(again).not.toHaveTextContent('Retry');
  });
});
