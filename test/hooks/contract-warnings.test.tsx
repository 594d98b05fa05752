import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import type { MigrationLogPage } from '../../src/core/types.js';
import { useMigrationIssues } from '../../src/hooks/useMigrationIssues.js';
import { useMigrationLogDetails } from '../../src/hooks/useMigrationLogDetails.js';
import { useMigrationLogs } from '../../src/hooks/useMigrationLogs.js';
import { fakeSource, record, testClient, withClient } from './helpers.js';

// The checks themselves are tested in test/core/contract-check.test.ts; here, that each hook runs
// them on what its data source answered. Each kind of problem is told once per module load, so
// every test uses a kind no other test in this file triggers.
let warn: MockInstance<typeof console.warn>;
const warnings = () => warn.mock.calls.map(([text]) => String(text));

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

describe('contract warnings in development', () => {
  it('useMigrationLogs tells what list() sent wrong, and still shows the repaired rows', async () => {
    const { source } = fakeSource(async () => ({ items: [record('m1', { status: 'PAUSED' })], total: 1 }));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(1));
    expect(result.current.rows[0]?.status).toBe('unknown');
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^migration-log-view: list\(\) items\[0\]\.status "PAUSED" is not one of accepted, .*: shown as Unknown\. See "The data-source contract" in the README\.$/,
      ),
    ]);
  });

  it('useMigrationLogs tells what came instead of a page, beside the error it shows', async () => {
    const { source } = fakeSource(async () => ({ data: [] }) as unknown as MigrationLogPage);
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(warnings()).toEqual([
      expect.stringContaining('list() must resolve to { items: [...], total?, hasNextPage? }, not an object with data'),
    ]);
  });

  it('useMigrationLogDetails tells what get() sent wrong', async () => {
    const { source } = fakeSource(async () => ({ items: [] }), {
      get: async (id) => ({ ...record(id), resultFileUrl: 'javascript:alert(1)' }),
    });
    const { result } = renderHook(() => useMigrationLogDetails({ dataSource: source, migrationId: 'm9' }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.details?.id).toBe('m9'));
    expect(result.current.details?.resultFileUrl).toBeNull();
    expect(warnings()).toEqual([
      expect.stringContaining('get("m9").resultFileUrl "javascript:alert(1)" is not an http(s) URL'),
    ]);
  });

  it('useMigrationIssues tells what listIssues() sent wrong', async () => {
    const { source } = fakeSource(async () => ({ items: [] }), {
      listIssues: async () => ({
        items: [
          { level: 'error', message: 'one' },
          { level: 'error', message: 'two' },
          { level: 'warning', message: 'three' },
        ],
        total: 3,
      }),
    });
    const { result } = renderHook(() => useMigrationIssues({ dataSource: source, migrationId: 'm1', pageSize: 2 }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.issues?.items).toHaveLength(2));
    expect(warnings()).toEqual([
      expect.stringContaining('listIssues() answered 3 items for pageSize 2: page on the server.'),
    ]);
  });

  describe('a call that never settles', () => {
    afterEach(() => {
      vi.useRealTimers();
    });
    const never = () => new Promise<never>(() => {});

    it('is told after 30 s, once, naming the call and what to do', async () => {
      vi.useFakeTimers();
      const { source } = fakeSource(never);
      const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
        wrapper: withClient(testClient()),
      });
      await act(() => vi.advanceTimersByTimeAsync(29_000));
      expect(warnings()).toEqual([]);
      await act(() => vi.advanceTimersByTimeAsync(2_000));
      expect(result.current.isLoading).toBe(true);
      expect(warnings()).toEqual([
        'migration-log-view: list() has not settled after 30 s: the view shows it as loading until it does. Give the data source a timeout (createFetchDataSource has one), and make it reject when its AbortSignal aborts. See "The data-source contract" in the README.',
      ]);
    });

    it('is not told for a call the view aborted, nor for one that settled in time', async () => {
      vi.useFakeTimers();
      const slowDetails = fakeSource(async () => ({ items: [] }), {
        get: (id) => new Promise((resolve) => setTimeout(() => resolve(record(id)), 20_000)),
      });
      renderHook(() => useMigrationLogDetails({ dataSource: slowDetails.source, migrationId: 'm1' }), {
        wrapper: withClient(testClient()),
      });
      const hanging = fakeSource(async () => ({ items: [] }), { listIssues: never });
      const issues = renderHook(({ id }) => useMigrationIssues({ dataSource: hanging.source, migrationId: id }), {
        wrapper: withClient(testClient()),
        initialProps: { id: 'm1' as string | null },
      });
      await act(() => vi.advanceTimersByTimeAsync(1_000));
      // Closing the dialog aborts its issue request: the view no longer waits for it.
      issues.rerender({ id: null });
      await act(() => vi.advanceTimersByTimeAsync(60_000));
      expect(warnings()).toEqual([]);
    });
  });

  it('says nothing about an answer the contract allows', async () => {
    const { source } = fakeSource(async () => ({
      items: [record('m1'), record('m2', { status: 'in_progress', endTime: null })],
      total: 2,
    }));
    const { result } = renderHook(() => useMigrationLogs({ dataSource: source }), {
      wrapper: withClient(testClient()),
    });
    await waitFor(() => expect(result.current.rows).toHaveLength(2));
    expect(warnings()).toEqual([]);
  });
});
