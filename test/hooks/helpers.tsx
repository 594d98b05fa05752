import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import type {
  IssuePage,
  IssueQuery,
  MigrationLogDataSource,
  MigrationLogDetailsRecord,
  MigrationLogPage,
  MigrationLogQuery,
  MigrationLogRecord,
  RequestContext,
} from '../../src/core/types.js';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export function record(id: string, overrides: Partial<MigrationLogRecord> = {}): MigrationLogRecord {
  return {
    id,
    status: 'Completed',
    startTime: '2024-03-01T10:00:00Z',
    endTime: '2024-03-01T11:00:00Z',
    generatedBy: 'ada@example.com',
    cutoverDate: '2024-01-01',
    progress: 100,
    ...overrides,
  };
}

export function page(...items: MigrationLogRecord[]): MigrationLogPage {
  return { items, total: items.length };
}

type ListFn = (query: MigrationLogQuery, ctx: RequestContext) => Promise<MigrationLogPage>;

/** A data source whose `list` answers with `respond`; every call (query and signal) is recorded. */
export function fakeSource(respond: ListFn, extra: Partial<MigrationLogDataSource> = {}) {
  const list = vi.fn(respond);
  const get = vi.fn(async (id: string, _ctx: RequestContext): Promise<MigrationLogDetailsRecord> => record(id));
  const source: MigrationLogDataSource = { list, get, ...extra };
  return { source, list, get };
}

export type IssuesFn = (id: string, query: IssueQuery, ctx: RequestContext) => Promise<IssuePage>;

/** A host client that fails fast: no retries, no refetch on focus (tests drive refreshes). */
export function testClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, gcTime: Number.POSITIVE_INFINITY } },
  });
}

/** A renderHook wrapper providing `client`; build it once per render so its identity is stable. */
export function withClient(client: QueryClient) {
  // biome-ignore lint/correctness/noComponentHookFactories: made once per renderHook call, never re-created during it.
  return function Wrapper({ children }: { children: ReactNode }) {
    return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  };
}

/** Sets what `document.visibilityState` reports and tells listeners, as a browser tab switch does. */
export function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange', { bubbles: true }));
}

export function resetVisibility(): void {
  Reflect.deleteProperty(document, 'visibilityState');
}
