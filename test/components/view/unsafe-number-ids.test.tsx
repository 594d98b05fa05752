import { screen, within } from '@testing-library/react';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { normalizeMigrationLog } from '../../../src/core/normalize.js';
import { createFetchDataSource } from '../../../src/data-sources/fetch/create-fetch-data-source.js';
import { renderWithClient } from '../../support/render.js';

// Backends with 64-bit keys (Snowflake-style ids, bigint columns) often send them as JSON numbers.
// JSON.parse rounds any past 2^53 to a neighbour: 9007199254740993 reads as 9007199254740992, the
// id of another migration. Used, it would open (and offer to cancel) that other migration.
const LIST = `{"total":2,"items":[
  {"id":9007199254740993,"status":"In progress","startTime":"2026-11-28T10:00:00Z","progress":40},
  {"id":9007199254740992,"status":"Completed","startTime":"2026-11-28T09:00:00Z","progress":100}]}`;

describe('ids sent as numbers that are not whole numbers JSON carries exactly', () => {
  it.each([
    ['2^53 + 1, read as 2^53', '{"id":9007199254740993}'],
    ['a twenty-digit key', '{"id":12345678901234567890}'],
    ['a fraction, whose digits need not be those sent', '{"id":1.50}'],
  ])('are no id (%s): none is made up', (_, json) => {
    expect(normalizeMigrationLog(JSON.parse(json), 0)).toMatchObject({ id: '', rowKey: '#1' });
  });

  it('keep every whole number up to 2^53 − 1, negative ones too', () => {
    for (const id of [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 0, 42]) {
      expect(normalizeMigrationLog({ id }).id).toBe(String(id));
    }
  });

  it('give their rows no details action, so none opens another migration', async () => {
    const fetch = vi.fn(async () => new Response(LIST, { headers: { 'content-type': 'application/json' } }));
    renderWithClient(
      <MigrationLogView dataSource={createFetchDataSource({ baseUrl: '/api', fetch })} timeZone="UTC" />,
    );
    expect(await screen.findAllByRole('progressbar')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: /^View details/ })).toBeNull();
  });

  it('take a details answer with such an id as the migration asked for (deep link by its exact digits)', async () => {
    const body = '{"id":9007199254740993,"status":"Completed","generatedBy":"Ada"}';
    const fetch = vi.fn(async (url: RequestInfo | URL) =>
      String(url).includes('/migrations/9007199254740993')
        ? new Response(body, { headers: { 'content-type': 'application/json' } })
        : new Response(LIST, { headers: { 'content-type': 'application/json' } }),
    );
    renderWithClient(
      <MigrationLogView
        dataSource={createFetchDataSource({ baseUrl: '/api', fetch })}
        defaultSelectedId="9007199254740993"
        timeZone="UTC"
      />,
    );
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByText('Ada')).toBeInTheDocument();
    expect(within(dialog).getByText('9007199254740993')).toBeInTheDocument();
  });
});
