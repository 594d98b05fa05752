import { formatInstant, normalizeMigrationLog, parseStatus, STATUS_DEFINITIONS } from 'migration-log-view';
import { source } from '../../lib/source';

// Core exports called from a server component: rendered at build time, and read back by the tests.
export default async function HelpersPage() {
  const page = await source.list(
    { pageIndex: 0, pageSize: 5, sort: { field: 'startTime', direction: 'desc' }, filter: {} },
    { signal: new AbortController().signal },
  );
  const log = normalizeMigrationLog({ id: 'm-1', status: 'COMPLETED_WARNING', startTime: '2026-01-02T03:04:05Z' });
  const started = formatInstant(new Date('2026-01-02T03:04:05Z'), { locale: 'en-GB', timeZone: 'UTC' });
  return (
    <main>
      <h1>Helpers on the server</h1>
      <dl>
        <dt>Total</dt>
        <dd id="total">{page.total}</dd>
        <dt>First five</dt>
        <dd id="first-ids">{page.items.map((item) => item.id).join(' ')}</dd>
        <dt>Normalised status</dt>
        <dd id="status">{log.status}</dd>
        <dt>Tone</dt>
        <dd id="tone">{STATUS_DEFINITIONS[parseStatus('FAILED')].tone}</dd>
        <dt>Started</dt>
        <dd id="started">{started?.text}</dd>
      </dl>
    </main>
  );
}
