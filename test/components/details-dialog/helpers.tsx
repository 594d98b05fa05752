import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { useState } from 'react';
import { vi } from 'vitest';
import {
  MigrationLogDetailsDialog,
  type MigrationLogDetailsDialogProps,
} from '../../../src/components/details-dialog/MigrationLogDetailsDialog.js';
import type {
  IssuePage,
  IssueQuery,
  MigrationLogDataSource,
  MigrationLogDetailsRecord,
  RequestContext,
} from '../../../src/core/types.js';

export const NOW = Date.UTC(2026, 10, 28, 12);

/** A client that fails fast and never refetches on its own except by the dialog's polling. */
export function testClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Number.POSITIVE_INFINITY } },
  });
}

export function detailsRecord(
  id: string,
  overrides: Partial<MigrationLogDetailsRecord> = {},
): MigrationLogDetailsRecord {
  return {
    id,
    status: 'In progress',
    startTime: new Date(NOW - 65_000).toISOString(),
    endTime: null,
    generatedBy: 'ada@example.com',
    cutoverDate: '2026-01-01',
    progress: 40,
    objects: [
      { name: 'Subscriptions', total: 600, processed: 300, failed: 1, skipped: 2 },
      { name: 'Invoice items', total: 400, processed: 100, failed: 1, skipped: 0 },
    ],
    issueCounts: { total: 1000, processed: 400, succeeded: 396, failed: 2, skipped: 2, warnings: 3, errors: 2 },
    issues: {
      items: [
        { level: 'error', message: 'Account not found', object: 'Subscriptions', recordKey: 'SUB-1', count: 1 },
        { level: 'warning', message: 'Rounded amount', object: 'Invoice items', recordKey: null, count: 3 },
      ],
      total: 2,
    },
    parameters: { batchSize: 500, dryRun: false },
    resultFileUrl: null,
    ...overrides,
  };
}

type GetFn = (id: string, ctx: RequestContext) => Promise<MigrationLogDetailsRecord>;
type IssuesFn = (id: string, query: IssueQuery, ctx: RequestContext) => Promise<IssuePage>;

/** A data source with spies on every call; no `subscribe`, so the dialog polls it. */
export function fakeSource(
  get: GetFn,
  extra: { listIssues?: IssuesFn; cancel?: MigrationLogDataSource['cancel'] } = {},
) {
  const list = vi.fn(async () => ({ items: [], total: 0 }));
  const getSpy = vi.fn(get);
  const listIssues = extra.listIssues ? vi.fn(extra.listIssues) : undefined;
  const source: MigrationLogDataSource = { list, get: getSpy };
  if (listIssues) source.listIssues = listIssues;
  if (extra.cancel) source.cancel = extra.cancel;
  return { source, list, get: getSpy, listIssues };
}

type HarnessProps = Omit<MigrationLogDetailsDialogProps, 'migrationId' | 'onMigrationIdChange'> & {
  openId: string;
  initialId?: string | null;
  onChange?: (id: string | null) => void;
};

/** A host page: a button that opens the dialog by id, as a table row's details button would. */
function Harness({ openId, initialId = null, onChange, ...props }: HarnessProps) {
  const [id, setId] = useState<string | null>(initialId);
  return (
    <>
      <button type="button" onClick={() => setId(openId)}>
        Open {openId}
      </button>
      <MigrationLogDetailsDialog
        locale="en-US"
        timeZone="UTC"
        {...props}
        migrationId={id}
        onMigrationIdChange={(next) => {
          setId(next);
          onChange?.(next);
        }}
      />
    </>
  );
}

export function renderHarness(props: HarnessProps) {
  const queryClient = props.queryClient ?? testClient();
  const view = render(<Harness {...props} queryClient={queryClient} />);
  return { ...view, queryClient };
}

/** A host page whose own links switch the open dialog between two migrations. */
export function SwitchingHost(props: Pick<MigrationLogDetailsDialogProps, 'dataSource' | 'queryClient'>) {
  const [id, setId] = useState<string | null>('m-1');
  return (
    <>
      <button type="button" onClick={() => setId('m-1')}>
        Show m-1
      </button>
      <button type="button" onClick={() => setId('m-2')}>
        Show m-2
      </button>
      <MigrationLogDetailsDialog {...props} migrationId={id} onMigrationIdChange={setId} now={NOW} />
    </>
  );
}
