import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogPage } from '../../src/core/types.js';
import { bannerOf } from './error-banner.js';
import { tabTo } from './keyboard.js';

/**
 * `inner` whose list() fails with a 500 until the user retries, and whose retry then waits for
 * `release()`: the moment a table shows its last error while the retry runs.
 */
export function failUntilRetrySource(inner: MigrationLogDataSource) {
  let fail = true;
  let release: () => void = () => {};
  const source: MigrationLogDataSource = {
    ...inner,
    list: async (query, ctx) => {
      if (fail) throw new MigrationLogError('The database is down.', { kind: 'http', status: 500 });
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return (await inner.list(query, ctx)) as MigrationLogPage;
    },
  };
  /**
   * Presses the shown error's Retry by keyboard, checks that the banner and focus stay on it while
   * the retry runs, then lets the retry answer.
   */
  async function retryByKeyboard(user: UserEvent): Promise<void> {
    const alert = await screen.findByRole('alert');
    const retry = within(bannerOf(alert)).getByRole('button', { name: 'Retry' });
    fail = false;
    await tabTo(user, retry);
    await user.keyboard('{Enter}');
    await waitFor(() => expect(retry).toHaveAttribute('aria-busy', 'true'));
    expect(retry).toBeInTheDocument();
    expect(retry).toHaveFocus();
    act(() => release());
  }
  return { source, retryByKeyboard };
}
