export declare const REFERENCE_NOW: number;
export declare const REFERENCE_SEED: number;
export declare const REFERENCE_COUNT: number;
export declare const ORACLE_HEADER: string;

export interface ReferenceServerOptions {
  /** The built host app to serve beside the API (same origin). @default none: API only */
  staticDir?: string;
  /** @default REFERENCE_SEED */
  seed?: number;
  /** How many migrations. @default REFERENCE_COUNT */
  count?: number;
  /** The moment the data is generated for (epoch ms). @default REFERENCE_NOW */
  now?: number;
}

export interface ReferenceServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 on a random port. */
export declare function startReferenceServer(options?: ReferenceServerOptions): Promise<ReferenceServer>;

/** One API request the browser made, as `GET /__requests` lists them. */
export interface RecordedRequest {
  method: string;
  route: 'list' | 'details' | 'issues' | 'cancel' | null;
  path: string;
  params: Record<string, string>;
  /** Null while the answer is held back. */
  status: number | null;
  startedAt: number;
  finishedAt: number | null;
  /** The client closed the request before the answer was sent. */
  clientAborted: boolean;
}

/** The body of `POST /__control`. */
export interface ControlBody {
  /** Fresh seeded data, request log cleared, every switch off. */
  reset?: true;
  /** Resets like `reset`, and active migrations then advance with the clock (null: they stand still). */
  liveProgress?: { intervalMs: number; step: number } | null;
  /** The next `times` (default 1) API answers, of `route` if given, fail with this status and `{ message }`. */
  failNext?: FailureSpec | null;
  /** Every API answer (of `route` if given) fails until cleared with null. */
  failAlways?: FailureSpec | null;
  /** Held back before every API answer. */
  delayMs?: number;
  /** The next list answer (whose query has every `delayNextListWhere` param) is held back this long. */
  delayNextListMs?: number;
  delayNextListWhere?: Record<string, string>;
}

export interface FailureSpec {
  status: number;
  message: string;
  route?: 'list' | 'details' | 'issues' | 'cancel';
  times?: number;
}
