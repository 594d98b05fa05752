import type { ControlBody, RecordedRequest } from '../server/reference-server.mjs';
import { ORACLE_HEADER } from '../server/reference-server.mjs';

/** The slice of a wire record the flows compare. */
export interface WireRecord {
  id: string;
  status: string;
  startTime?: string | null;
}

export interface WirePage<T> {
  items: T[];
  total: number;
}

export interface WireIssue {
  level: string;
  message: string;
}

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** Flips the reference server's switches (failures, delays, reset). */
export async function control(baseUrl: string, body: ControlBody): Promise<void> {
  await json(await fetch(`${baseUrl}/__control`, { method: 'POST', body: JSON.stringify(body) }));
}

/** The API requests the browser made since the last reset. */
export async function recordedRequests(baseUrl: string): Promise<RecordedRequest[]> {
  return json(await fetch(`${baseUrl}/__requests`));
}

/** What the server answers a query with, read past the switches: the expected result of a flow. */
async function oracle<T>(url: string): Promise<T> {
  return json(await fetch(url, { headers: { [ORACLE_HEADER]: '1' } }));
}

const DEFAULT_LIST = { pageIndex: '0', pageSize: '25', sort: 'startTime', direction: 'desc' };

export function expectedList(baseUrl: string, params: Record<string, string> = {}): Promise<WirePage<WireRecord>> {
  const search = new URLSearchParams({ ...DEFAULT_LIST, ...params });
  return oracle(`${baseUrl}/api/migrations?${search}`);
}

export function expectedIssues(baseUrl: string, id: string, pageIndex: number, pageSize: number) {
  const search = new URLSearchParams({ pageIndex: String(pageIndex), pageSize: String(pageSize) });
  return oracle<WirePage<WireIssue>>(`${baseUrl}/api/migrations/${encodeURIComponent(id)}/issues?${search}`);
}

export function expectedDetails(baseUrl: string, id: string): Promise<WireRecord> {
  return oracle(`${baseUrl}/api/migrations/${encodeURIComponent(id)}`);
}

/** True when the browser sent a request of `route` whose parameters include every one of `params`. */
export function sawRequest(
  requests: RecordedRequest[],
  route: RecordedRequest['route'],
  params: Record<string, string> = {},
  method = 'GET',
): boolean {
  return requests.some(
    (request) =>
      request.route === route &&
      request.method === method &&
      Object.entries(params).every(([name, value]) => request.params[name] === value),
  );
}
