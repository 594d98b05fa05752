// The host's own names that the README's samples use without declaring them.
declare const source: import('migration-log-view').MigrationLogDataSource;
declare function getToken(): Promise<string>;
declare function useSearchParams(): [URLSearchParams, (params: URLSearchParams) => void];
declare const openId: string | null;
declare function setOpenId(id: string | null): void;
