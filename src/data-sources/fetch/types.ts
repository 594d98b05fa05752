import type {
  IssuePage,
  IssueQuery,
  MigrationLogDetailsRecord,
  MigrationLogPage,
  MigrationLogQuery,
} from '../../core/types.js';

/** Headers as fetch takes them, or a function (sync or async) called before every request. */
export type HeadersOption = HeadersInit | (() => HeadersInit | Promise<HeadersInit>);

/** Options of `createFetchDataSource`: where the API lives, how to call it, how to read its answers. */
export interface FetchDataSourceOptions {
  /** Where the API lives, absolute or relative to the page (`/api`); a trailing slash is ignored. */
  baseUrl: string;
  /** The fetch to call. @default `globalThis.fetch`, looked up at each call, so importing is SSR-safe */
  fetch?: typeof globalThis.fetch;
  /**
   * Headers of every request, e.g. `Authorization`. A function is called before each request, so
   * it can hand out a fresh token. `Accept: application/json` is added unless given. @default none
   */
  headers?: HeadersOption;
  /**
   * Milliseconds a request may take, from asking for the headers to reading the whole answer. Past
   * it the request is aborted and fails with a `timeout` error (shown as `messages.errorTimeout`,
   * with Retry), so a server that never answers does not leave the view loading forever. `0` or
   * `Infinity` waits as long as the browser does. @default 30000
   */
  timeout?: number;
  /** Whether cookies go with the requests. @default fetch's own default (`same-origin`) */
  credentials?: RequestCredentials;
  /**
   * Whether the backend can cancel migrations. When false the source has no `cancel`, and the
   * view shows no Cancel button. @default true
   */
  supportsCancel?: boolean;
  /** URL of a list request; `baseUrl` comes without its trailing slash. @default `{base}/migrations?pageIndex&pageSize&sort&direction[&status&generatedBy&startedFrom&startedTo&search]` (`defaultListUrl`) */
  buildListUrl?: (baseUrl: string, query: MigrationLogQuery) => string;
  /** URL of one migration. @default `{base}/migrations/{encoded id}` */
  buildDetailsUrl?: (baseUrl: string, id: string) => string;
  /** URL of a page of issues. @default `{base}/migrations/{encoded id}/issues?pageIndex&pageSize&level` */
  buildIssuesUrl?: (baseUrl: string, id: string, query: IssueQuery) => string;
  /** URL the cancel POST goes to. @default `{base}/migrations/{encoded id}/cancel` */
  buildCancelUrl?: (baseUrl: string, id: string) => string;
  /** Turns the parsed JSON of a list answer into a page. @default expects `{ items, total?, hasNextPage? }` */
  mapListResponse?: (body: unknown, query: MigrationLogQuery) => MigrationLogPage;
  /** Turns the parsed JSON of a details answer into a record. @default expects the record itself */
  mapDetailsResponse?: (body: unknown, id: string) => MigrationLogDetailsRecord;
  /** Turns the parsed JSON of an issues answer into a page. @default expects `{ items, total? }` */
  mapIssuesResponse?: (body: unknown, query: IssueQuery) => IssuePage;
}
