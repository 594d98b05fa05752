import { screen } from '@testing-library/react';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { createFetchDataSource } from '../../../src/data-sources/fetch/create-fetch-data-source.js';
import { renderWithClient } from '../../support/render.js';

// A REST server's bug, not a real count: shown, it printed a 301-digit total, and "Last page" asked
// the server for pageIndex=4.0000000000000003e+298.
const row = (id: string, hour: number) =>
  `{"id":${JSON.stringify(id)},"status":"Completed","startTime":"2026-11-28T${hour}:00:00Z","progress":100}`;

function source(body: string) {
  const fetch = vi.fn(async () => new Response(body, { headers: { 'content-type': 'application/json' } }));
  return { dataSource: createFetchDataSource({ baseUrl: '/api', fetch }) };
}

describe('a page with an absurd total, or an id too long to be one', () => {
  it('reads a total beyond 2^53 − 1 as unknown: "Page 1", no count and no last page', async () => {
    const { dataSource } = source(`{"total":1e300,"items":[${row('m1', 10)},${row('m2', 11)}]}`);
    renderWithClient(
      <MigrationLogView dataSource={dataSource} timeZone="UTC" pageSizes={[2, 10]} defaultQuery={{ pageSize: 2 }} />,
    );
    expect(await screen.findAllByRole('progressbar')).toHaveLength(2);
    expect(screen.getByText('Page 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Last page' })).toBeNull();
    expect(document.body.textContent).not.toMatch(/\d{17}/);
    // A full page without a usable total: more may follow.
    expect(screen.getByRole('button', { name: 'Next page' })).not.toHaveAttribute('aria-disabled', 'true');
  });

  it('gives a row whose id is longer than 10,000 characters no details action: a cut id names no migration', async () => {
    const { dataSource } = source(`{"total":2,"items":[${row('x'.repeat(10_001), 10)},${row('m2', 11)}]}`);
    renderWithClient(<MigrationLogView dataSource={dataSource} timeZone="UTC" />);
    expect(await screen.findAllByRole('progressbar')).toHaveLength(2);
    // Only m2's row has one: the row of the long id has none to open.
    expect(screen.getAllByRole('button', { name: /^View details/ })).toHaveLength(1);
  });
});
