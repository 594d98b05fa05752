export declare const REPO_ROOT: string;
export declare const WORK_DIR: string;
export declare const SCREENSHOT_DIR: string;
export declare const HOSTS: readonly ['host', 'host-react18'];
export type HostName = (typeof HOSTS)[number];
export declare const NEXT_HOST: 'host-next';
export declare const NEXT_HOST_DIR: string;
export declare function hostDistDir(host: HostName): string;
