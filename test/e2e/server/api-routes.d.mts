// Types of api-routes.mjs for TypeScript callers: the Next.js host's route handler, which gets a
// copy of it (test/e2e/setup.mjs). Structural, so it needs neither the package nor src/.

export type ApiRoute = 'list' | 'details' | 'issues' | 'cancel';

export type ApiMatch =
  | { route: 'list'; method: 'GET' }
  | { route: 'details' | 'issues'; method: 'GET'; id: string }
  | { route: 'cancel'; method: 'POST'; id: string };

/** The data-source calls the routes make; the library's sources have them. */
export interface ApiSource {
  list(query: unknown, ctx: { signal: AbortSignal }): Promise<{ items: unknown[]; total?: number }>;
  get(id: string, ctx: { signal: AbortSignal }): Promise<unknown>;
  listIssues(id: string, query: unknown, ctx: { signal: AbortSignal }): Promise<{ items: unknown[]; total?: number }>;
  cancel(id: string, ctx: { signal: AbortSignal }): Promise<unknown>;
}

export declare function matchApiRoute(pathname: string): ApiMatch | null;

/** Body null: answer with the status and no body. */
export declare function answerApi(
  match: ApiMatch,
  params: URLSearchParams,
  source: ApiSource,
): Promise<{ status: number; body: unknown }>;
