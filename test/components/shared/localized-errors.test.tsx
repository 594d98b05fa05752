import { screen, within } from '@testing-library/react';
import { MigrationLogTable } from '../../../src/components/table/MigrationLogTable.js';
import { MigrationLogError } from '../../../src/core/errors.js';
import { germanMessages } from '../../../src/core/messages-de.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../../src/core/types.js';
import { renderWithClient } from '../../support/render.js';
import { fakeSource, NOW, renderHarness } from '../details-dialog/helpers.js';

/** A list that always fails with `error`. */
function failingList(error: unknown): MigrationLogDataSource {
  return {
    list: async () => {
      throw error;
    },
    get: async () => {
      throw error;
    },
  };
}

async function tableAlert(error: unknown) {
  renderWithClient(<MigrationLogTable dataSource={failingList(error)} messages={germanMessages} now={NOW} />);
  return screen.findByRole('alert');
}

describe('error texts speak the messages language', () => {
  it('an HTTP error without a server message', async () => {
    const alert = await tableAlert(
      new MigrationLogError('The server answered 503.', { kind: 'http', status: 503, detail: null }),
    );
    expect(alert).toHaveTextContent('Die Migrationen konnten nicht geladen werden.');
    expect(alert).toHaveTextContent('Der Server antwortete mit Status 503.');
    expect(alert).not.toHaveTextContent('The server');
  });

  it('a server that cannot be reached', async () => {
    const alert = await tableAlert(
      new MigrationLogError('The server could not be reached.', { kind: 'network', detail: null }),
    );
    expect(alert).toHaveTextContent('Die Verbindung zum Server ist fehlgeschlagen.');
  });

  it('an answer that breaks the contract', async () => {
    const source: MigrationLogDataSource = { list: async () => 'garbage' as never, get: async () => ({}) as never };
    renderWithClient(<MigrationLogTable dataSource={source} messages={germanMessages} now={NOW} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Der Server hat eine Antwort gesendet, die diese Ansicht nicht lesen kann.',
    );
  });

  it('keeps the server’s own words, and the words of an error a host’s source threw', async () => {
    const fromServer = new MigrationLogError('Wartungsarbeiten bis 14 Uhr.', {
      kind: 'http',
      status: 503,
      detail: 'Wartungsarbeiten bis 14 Uhr.',
    });
    expect(await tableAlert(fromServer)).toHaveTextContent('Wartungsarbeiten bis 14 Uhr.');
  });

  it('uses the host’s words from a thrown Error, and the unknown text when it had none', async () => {
    const first = renderWithClient(
      <MigrationLogTable
        dataSource={failingList(new Error('Sitzung abgelaufen'))}
        messages={germanMessages}
        now={NOW}
      />,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Sitzung abgelaufen');
    first.unmount();
    expect(await tableAlert({})).toHaveTextContent('Etwas ist schiefgelaufen.');
  });

  it('in the details dialog too', async () => {
    const { source } = fakeSource(async () => 'garbage' as unknown as MigrationLogDetailsRecord);
    renderHarness({ dataSource: source, openId: 'g', initialId: 'g', now: NOW, messages: germanMessages });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Der Server hat eine Antwort gesendet, die diese Ansicht nicht lesen kann.');
    expect(within(alert).queryByText(/The server/)).toBeNull();
  });
});
