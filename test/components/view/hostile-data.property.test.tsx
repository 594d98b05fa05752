/**
 * Fuzzed rendering of the whole view. Property tests with fast-check: seed 20261128, 200 runs per
 * property (test/support/property.ts; fast-check prints seed and path on failure).
 *
 * Each run renders <MigrationLogView> over a source that answers a generated list page and a
 * generated details record: hostile strings (HTML and script payloads, RTL marks, emoji, 10,000
 * characters), huge and negative numbers, wrong types, duplicate ids, or no page at all. It then
 * opens the details of a generated row and checks the table and the dialog.
 */
import { QueryClient } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import fc from 'fast-check';
import { MigrationLogView } from '../../../src/components/view/MigrationLogView.js';
import { isMigrationLogPageShape, normalizeMigrationLog } from '../../../src/core/normalize.js';
import { isObject, toId } from '../../../src/core/normalize-values.js';
import type {
  IssuePage,
  MigrationLogDataSource,
  MigrationLogDetailsRecord,
  MigrationLogPage,
} from '../../../src/core/types.js';
import { expectNoInjection } from '../../support/dom-safety.js';
import { hostileDetails, hostileIssuePage, hostilePage } from '../../support/hostile.js';
import { PROPERTY_OPTIONS, PROPERTY_TIMEOUT_MS } from '../../support/property.js';

const NOW = Date.UTC(2026, 10, 28, 12);
const UNREADABLE = 'The server sent a response this view cannot read.';

function client(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Number.POSITIVE_INFINITY } },
  });
}

/** Waits until no request is in flight and React has rendered the outcome. */
async function settled(queryClient: QueryClient): Promise<void> {
  await waitFor(() => expect(queryClient.isFetching()).toBe(0), { interval: 5 });
  await act(async () => {});
}

/** React reports duplicate keys, bad nesting and failed renders through console.error. */
function captureConsoleErrors() {
  const errors: string[] = [];
  const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    errors.push(args.map(String).join(' ').slice(0, 300));
  });
  return { errors, restore: () => spy.mockRestore() };
}

function tableRows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('tbody tr[data-row-key]')];
}

describe('MigrationLogView with hostile data', () => {
  it(
    'never throws, badges every row, injects nothing and opens the clicked id',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostilePage, hostileDetails, hostileIssuePage, fc.boolean(), fc.nat(), async (...input) => {
          const [page, details, issues, echo, pick] = input;
          const consoleErrors = captureConsoleErrors();
          const queryClient = client();
          const list = vi.fn(async () => page as MigrationLogPage);
          // Mostly the record asked for; sometimes whatever id (or none) the generator made.
          const answer = (id: string) => (echo && isObject(details) ? { ...details, id } : details);
          const get = vi.fn(async (id: string) => answer(id) as MigrationLogDetailsRecord);
          const listIssues = vi.fn(async () => issues as IssuePage);
          const source: MigrationLogDataSource = { list, get, listIssues };
          try {
            render(
              <MigrationLogView
                dataSource={source}
                queryClient={queryClient}
                now={NOW}
                locale="en-US"
                timeZone="UTC"
              />,
            );
            await settled(queryClient);
            expectNoInjection();

            // The table: an error for a non-page, else one badged row per item, every item kept.
            if (!isMigrationLogPageShape(page)) {
              expect(screen.getByRole('alert')).toHaveTextContent(UNREADABLE);
              expect(tableRows()).toHaveLength(0);
              expect(consoleErrors.errors).toEqual([]);
              return;
            }
            const items = (page as { items: unknown[] }).items;
            const rows = tableRows();
            expect(rows).toHaveLength(items.length);
            expect(new Set(rows.map((row) => row.dataset.rowKey)).size).toBe(rows.length);
            rows.forEach((row, i) => {
              expect(row.querySelectorAll('.mlv-status-badge[data-status]')).toHaveLength(1);
              // Server text shows as the same text, not as markup and not dropped.
              const user = normalizeMigrationLog(items[i], i).generatedBy ?? '—';
              expect(row.querySelector('td[data-column="generatedBy"]')?.textContent).toBe(user);
            });
            if (items.length === 0) {
              expect(screen.getByText('No migrations yet.')).toBeInTheDocument();
              expect(consoleErrors.errors).toEqual([]);
              return;
            }

            // Open one row: the dialog asks for exactly that row's id, duplicates or not.
            const index = pick % items.length;
            const id = normalizeMigrationLog(items[index], index).id;
            if (!id) {
              // No id: nothing to ask the source for, so no details action.
              expect(within(rows[index] as HTMLElement).queryByRole('button')).toBeNull();
              expect(consoleErrors.errors).toEqual([]);
              return;
            }
            const button = within(rows[index] as HTMLElement).getByRole('button', { name: /^View details of/ });
            fireEvent.click(button);
            const dialog = await screen.findByRole('dialog');
            await settled(queryClient);
            expect(get.mock.calls.map((call) => call[0])).toEqual([id]);
            // An accessible description collapses white space (ids keep theirs: they are sent back as they came).
            expect(dialog).toHaveAccessibleDescription(`Migration ${id}`.replace(/\s+/g, ' ').trim());
            const sent = answer(id);
            const sentId = isObject(sent) ? toId(sent.id) : null;
            // Neither id nor status: no migration at all (`{}`, an envelope), so no blank details either.
            const isRecord = isObject(sent) && (sent.id ?? sent.status) != null;
            if (isRecord && (sentId === null || sentId === id)) {
              const body = dialog.querySelector('.mlv-details') as HTMLElement;
              expect(body).not.toBeNull();
              expect(body.querySelectorAll('.mlv-status-badge[data-status]')).toHaveLength(1);
              expect(body.querySelector('.mlv-details__id')).toHaveTextContent(id, { normalizeWhitespace: false });
            } else {
              // Details of another migration, or no record at all: either way an answer the view
              // cannot use, said in the messages language (the hook's English text says which).
              expect(within(dialog).getByRole('alert')).toHaveTextContent(UNREADABLE);
              expect(dialog.querySelector('.mlv-details')).toBeNull();
            }
            expectNoInjection();
            expect(tableRows()).toHaveLength(items.length);
            expect(consoleErrors.errors).toEqual([]);
          } finally {
            cleanup();
            consoleErrors.restore();
            queryClient.clear();
          }
        }),
        PROPERTY_OPTIONS,
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
