import { QueryClientProvider } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { MigrationLogTable } from '../../src/components/table/MigrationLogTable.js';
import { MigrationLogError } from '../../src/core/errors.js';
import type { MigrationLogDataSource, MigrationLogDetailsRecord } from '../../src/core/types.js';
import { createInMemoryDataSource } from '../../src/data-sources/in-memory/create-in-memory-data-source.js';
import { renderWithClient } from '../support/render.js';
import { fakeSource, NOW, renderHarness } from './details-dialog/helpers.js';

/**
 * Server text may be in any script and may carry bidi controls (an unclosed RIGHT-TO-LEFT
 * OVERRIDE here). Each piece sits in an element that isolates it (`<bdi>` or `dir="auto"`), so it
 * is laid out in its own direction and cannot reorder the text around it. (How Chromium then
 * draws it is checked by the story "Right To Left Server Text".)
 */
const rtl = (what: string) => `\u202E${what} מנויים`;
const isolated = (element: HTMLElement) => element.closest('bdi, [dir="auto"]') !== null;

describe('server text in any direction', () => {
  it('is isolated everywhere the details dialog shows it', async () => {
    const record = {
      id: 'rtl-1',
      status: 'Completed-Warning',
      generatedBy: rtl('user'),
      objects: [{ name: rtl('object'), total: 1, processed: 1, failed: 0, skipped: 0 }],
      issues: {
        items: [{ level: 'warning', message: rtl('message'), object: rtl('issue object'), recordKey: rtl('key') }],
      },
      parameters: { [rtl('parameter')]: rtl('value') },
    } as MigrationLogDetailsRecord;
    const { source } = fakeSource(async () => record);
    renderHarness({ dataSource: source, openId: 'rtl-1', initialId: 'rtl-1', now: NOW });
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText(rtl('message'));
    for (const what of ['user', 'object', 'message', 'issue object', 'key', 'parameter', 'value']) {
      expect(isolated(within(dialog).getByText(rtl(what))), what).toBe(true);
    }
  });

  it('is isolated in the table and in an error message', async () => {
    const rows = createInMemoryDataSource([{ id: 'a', status: 'Completed', generatedBy: rtl('user') }]);
    let fail = false;
    const source: MigrationLogDataSource = {
      ...rows,
      list: (query, context) =>
        fail
          ? Promise.reject(new MigrationLogError(rtl('server says'), { kind: 'http', status: 500 }))
          : rows.list(query, context),
    };
    const view = renderWithClient(<MigrationLogTable dataSource={source} now={NOW} timeZone="UTC" locale="en-US" />);
    expect(isolated(await screen.findByText(rtl('user')))).toBe(true);

    fail = true;
    view.rerender(
      <QueryClientProvider client={view.client}>
        <MigrationLogTable dataSource={{ ...source }} now={NOW} timeZone="UTC" locale="en-US" />
      </QueryClientProvider>,
    );
    expect(isolated(await screen.findByText(rtl('server says')))).toBe(true);
  });
});
