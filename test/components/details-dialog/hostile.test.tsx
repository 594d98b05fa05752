import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MigrationLogDetailsRecord } from '../../../src/core/types.js';
import { fakeSource, NOW, renderHarness } from './helpers.js';

const XSS = '<img src=x onerror=alert(1)>';
const LONG = 'x'.repeat(10_000);

/** What a broken or malicious backend might send; cast because it breaks the contract on purpose. */
const hostile = {
  id: 'evil-1',
  status: 'In progress',
  startTime: 'yesterday',
  endTime: null,
  generatedBy: XSS,
  cutoverDate: '2026-02-30',
  progress: 'lots',
  objects: [{ name: XSS, total: -5, processed: Number.NaN, failed: null, skipped: '0x3' }, null, { total: 4 }],
  issueCounts: { total: -1, processed: -1, succeeded: -10, failed: Number.POSITIVE_INFINITY, warnings: -3 },
  issues: {
    items: [
      { level: 'error', message: XSS, object: XSS, recordKey: XSS, count: -2 },
      { level: 'WARNING', message: LONG, count: 2 },
      null,
    ],
    total: -7,
  },
  parameters: { [XSS]: XSS, nested: { html: XSS }, list: [1, 2] },
  resultFileUrl: 'javascript:alert(1)',
} as unknown as MigrationLogDetailsRecord;

describe('MigrationLogDetailsDialog with hostile records', () => {
  it('renders everything as text, with no injected element and "—" for bad values', async () => {
    const { source } = fakeSource(async () => hostile);
    const user = userEvent.setup();
    renderHarness({ dataSource: source, openId: 'evil-1', initialId: 'evil-1', now: NOW });
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('In progress');

    expect(document.querySelector('img')).toBeNull();
    expect(within(dialog).getAllByText(XSS).length).toBeGreaterThanOrEqual(5);
    expect(within(dialog).getByText(LONG)).toBeInTheDocument();
    expect(within(dialog).getByText('2 times')).toBeInTheDocument();

    // Bad dates and progress: "—"; no start, so no made-up duration.
    for (const field of ['startTime', 'cutoverDate', 'duration']) {
      expect(dialog.querySelector(`[data-field="${field}"] dd`)).toHaveTextContent('—');
    }
    expect(within(dialog).queryByRole('progressbar')).not.toBeInTheDocument();
    // Negative and non-finite counts: "—".
    expect(dialog.querySelector('[data-field="succeeded"] dd')).toHaveTextContent('—');
    expect(dialog.querySelector('[data-field="failed"] dd')).toHaveTextContent('—');
    const table = within(dialog).getByRole('table', { name: 'Records by object' });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(
      within(table)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['—', '—', '—', '—']);
    // Only http(s) links survive.
    expect(within(dialog).queryByRole('link')).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Show UTC times' }));
    expect(document.querySelector('img')).toBeNull();
  });

  it('breaks an email-sized generatedBy at its @ and dots, and a longer one as plain text', async () => {
    const dotted = 'a.'.repeat(5_000);
    const records: Record<string, unknown> = {
      email: { id: 'email', status: 'Completed', generatedBy: 'ada.lovelace@example.com' },
      dotted: { id: 'dotted', status: 'Completed', generatedBy: dotted },
    };
    for (const id of ['email', 'dotted']) {
      const { source } = fakeSource(async () => records[id] as MigrationLogDetailsRecord);
      const view = renderHarness({ dataSource: source, openId: id, initialId: id, now: NOW });
      const dialog = await screen.findByRole('dialog');
      await within(dialog).findByText('Completed');
      const field = dialog.querySelector('[data-field="generatedBy"] dd') as HTMLElement;
      // Thousands of <wbr> made the dialog take a second to open, and again on every refresh.
      expect([field.textContent, field.querySelectorAll('wbr').length]).toEqual(
        id === 'email' ? ['ada.lovelace@example.com', 3] : [dotted.slice(0, 10_000), 0],
      );
      view.unmount();
    }
  });

  it('survives a record with no objects, issues, counts or parameters at all', async () => {
    const { source } = fakeSource(async () => ({ id: 'bare', status: 'Completed' }));
    renderHarness({ dataSource: source, openId: 'bare', initialId: 'bare', now: NOW });
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Completed');
    expect(within(dialog).getByText('No per-object breakdown is available.')).toBeInTheDocument();
    expect(within(dialog).getByText('No errors or warnings.')).toBeInTheDocument();
    expect(within(dialog).getByText('No parameters.')).toBeInTheDocument();
    expect(dialog.querySelector('[data-field="duration"] dd')).toHaveTextContent('—');
  });

  it('shows an answer that is not an object as an error, not a blank dialog', async () => {
    const { source } = fakeSource(async () => 'garbage' as unknown as MigrationLogDetailsRecord);
    renderHarness({ dataSource: source, openId: 'g', initialId: 'g', now: NOW });
    expect(await screen.findByRole('alert')).toHaveTextContent('The server sent a response this view cannot read.');
  });
});
