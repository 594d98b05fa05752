import { keepPreviousData, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Component, type ReactNode } from 'react';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { MigrationLogError } from '../../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../../src/core/types.js';
import { deferred, page, record } from '../../hooks/helpers.js';

// A host's QueryClient comes with the host's defaults, set for its own queries. Apps that render
// errors through error boundaries set `throwOnError`; others keep the previous data of every query
// while the next loads. Neither may change what the view shows: a failure is the view's own error
// state, not the host's boundary, and a migration's details are never shown under another's id.

class Boundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    return this.state.error ? <p>The host's error boundary caught it</p> : this.props.children;
  }
}

function hostClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { throwOnError: true, placeholderData: keepPreviousData, retry: false, gcTime: Infinity },
      mutations: { throwOnError: true, retry: 2, retryDelay: 0 },
    },
  });
}

function renderView(source: MigrationLogDataSource) {
  return render(
    <QueryClientProvider client={hostClient()}>
      <Boundary>
        <MigrationLogView dataSource={source} timeZone="UTC" locale="en-US" />
      </Boundary>
    </QueryClientProvider>,
  );
}

beforeEach(() => {
  // React reports every error a boundary catches; a pass here means none was thrown.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

it('a failing list shows the view’s error, not the host’s boundary, under throwOnError', async () => {
  const source: MigrationLogDataSource = {
    list: async () => {
      throw new MigrationLogError('Backend down', { kind: 'http', status: 500 });
    },
    get: async (id) => record(id),
  };
  renderView(source);
  expect(await screen.findByRole('alert')).toHaveTextContent('Backend down');
  expect(screen.queryByText('The host’s error boundary caught it')).toBeNull();
});

it('failing details show in the dialog, not the host’s boundary', async () => {
  const user = userEvent.setup();
  const source: MigrationLogDataSource = {
    list: async () => page(record('m1', { status: 'In progress', endTime: null, progress: 40 })),
    get: async () => {
      throw new MigrationLogError('Details down', { kind: 'http', status: 500 });
    },
  };
  renderView(source);
  await user.click(await screen.findByRole('button', { name: /View details of/ }));
  const dialog = await screen.findByRole('dialog');
  expect(await within(dialog).findByRole('alert')).toHaveTextContent('Details down');
  expect(screen.queryByText('The host’s error boundary caught it')).toBeNull();
});

it('a failing cancel is sent once and shows its message in the dialog under the host’s mutation defaults', async () => {
  const user = userEvent.setup();
  const source: MigrationLogDataSource = {
    list: async () => page(record('m1', { status: 'In progress', endTime: null, progress: 40 })),
    get: async (id) => ({ ...record(id, { status: 'In progress', endTime: null, progress: 40 }) }),
    cancel: vi.fn(async () => {
      throw new MigrationLogError('Cannot cancel now', { kind: 'http', status: 409 });
    }),
  };
  renderView(source);
  await user.click(await screen.findByRole('button', { name: /View details of/ }));
  const dialog = await screen.findByRole('dialog');
  await user.click(await within(dialog).findByRole('button', { name: 'Cancel migration' }));
  await user.click(within(dialog).getByRole('button', { name: 'Confirm' }));
  expect(await within(dialog).findByText('Cannot cancel now')).toBeInTheDocument();
  expect(source.cancel).toHaveBeenCalledTimes(1);
  expect(screen.queryByText('The host’s error boundary caught it')).toBeNull();
});

it('under keepPreviousData defaults, the next migration’s dialog never shows the last one’s details', async () => {
  const user = userEvent.setup();
  const second = deferred<MigrationLogDetailsRecord>();
  const source: MigrationLogDataSource = {
    list: async () =>
      page(record('m1', { generatedBy: 'first@example.com' }), record('m2', { generatedBy: 'second@example.com' })),
    get: async (id) => (id === 'm1' ? record(id, { generatedBy: 'first@example.com' }) : second.promise),
  };
  renderView(source);
  const [openFirst, openSecond] = await screen.findAllByRole('button', { name: /View details of/ });
  await user.click(openFirst as HTMLElement);
  let dialog = await screen.findByRole('dialog');
  await within(dialog).findByText('first@example.com');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  await user.click(openSecond as HTMLElement);
  dialog = await screen.findByRole('dialog');
  expect(within(dialog).getByText('Migration m2')).toBeInTheDocument();
  expect(within(dialog).queryByText('first@example.com')).toBeNull();
  second.resolve(record('m2', { generatedBy: 'second@example.com' }));
  expect(await within(dialog).findByText('second@example.com')).toBeInTheDocument();
});
