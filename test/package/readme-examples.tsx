// The README's code examples, as a host app would write them, type-checked against the built
// package (dist/): a renamed prop or export breaks `npm run check:package`, not a newcomer's build.
// Keep each block as close to its README text as TypeScript allows; only the host's own names
// (getToken, a router's useSearchParams, React state) are declared around them.

import {
  checkDataSource,
  createFetchDataSource,
  defaultMessages,
  errorText,
  MigrationLogDetailsDialog,
  MigrationLogError,
  MigrationLogTable,
  MigrationLogView,
  readMigrationLogUrlState,
  StatusBadge,
  scrollMode,
  useMigrationLogs,
  writeMigrationLogUrlState,
} from 'migration-log-view';
import { useState } from 'react';

declare function getToken(): Promise<string>;
declare function useSearchParams(): [URLSearchParams, (params: URLSearchParams) => void];

// "Install and embed"
const source = createFetchDataSource({
  baseUrl: '/api/billing',
  headers: async () => ({ Authorization: `Bearer ${await getToken()}` }),
});

export function MigrationsPage() {
  return (
    <MigrationLogView
      dataSource={source}
      timeZone="Europe/Berlin"
      messages={{ supportText: 'Contact billing support at support@example.com.' }}
    />
  );
}

// "Keep the view in your URL"
export function UrlPage() {
  const [params, setParams] = useSearchParams();
  const state = readMigrationLogUrlState(params);
  return (
    <MigrationLogView
      dataSource={source}
      query={state.query}
      onQueryChange={(query) => setParams(writeMigrationLogUrlState({ ...state, query }, params))}
      selectedId={state.selectedId}
      onSelectedIdChange={(selectedId) => setParams(writeMigrationLogUrlState({ ...state, selectedId }, params))}
    />
  );
}

// "Compose the parts"
export function ComposedPage() {
  const [openId, setOpenId] = useState<string | null>(null);
  return (
    <>
      <MigrationLogTable dataSource={source} onOpenDetails={setOpenId} />
      <MigrationLogDetailsDialog dataSource={source} migrationId={openId} onMigrationIdChange={setOpenId} />
      <StatusBadge status="COMPLETED_WARNING" />
    </>
  );
}

// "Next.js (App Router)": the client component (its 'use client' line cannot sit mid-file) and the
// server page that renders it.
const nextSource = createFetchDataSource({ baseUrl: '/api/billing' });

export function Migrations() {
  return <MigrationLogView dataSource={nextSource} timeZone="Europe/Berlin" />;
}

export function NextMigrationsPage() {
  return (
    <main>
      <p>
        Last run: <StatusBadge status="Completed" />
      </p>
      <Migrations />
    </main>
  );
}

// "Long histories: scroll mode"
export function ScrollPage() {
  return <MigrationLogView dataSource={source} mode={scrollMode} />;
}

// "Headless hooks"
export function HeadlessCount() {
  const { rows, total, query, setQuery, isLoading, errorMessage } = useMigrationLogs({ dataSource: source });
  const next = () => setQuery({ pageIndex: query.pageIndex + 1 });
  return (
    <button type="button" onClick={next} disabled={isLoading}>
      {errorMessage ?? `${rows.length} of ${total ?? '?'}`}
    </button>
  );
}

// "Check your data source in your tests" (the test runner's expect left out: no DOM, no runner here)
export async function contractProblems(): Promise<string[]> {
  const report = await checkDataSource(source);
  const rest = createFetchDataSource({ baseUrl: 'http://localhost:4010/api' });
  return [...report.problems, ...report.calls, ...(await checkDataSource(rest, { timeout: 2000 })).problems];
}

// "Limits": a host source's own timeout, and "Words, locales and time": errorText
export const ownTimeout = new MigrationLogError('No answer in 10 s.', { kind: 'timeout', detail: null });
export const shownText: string = errorText(ownTimeout, defaultMessages);
