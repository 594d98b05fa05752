import type { Browser } from 'playwright-core';

/** `CHROMIUM_PATH` from the environment, else /usr/bin/chromium. */
export declare const CHROMIUM_PATH: string;
export declare const CHROMIUM_ARGS: string[];
/** `CHROMIUM_PATH` or /usr/bin/chromium; throws when it is missing. */
export declare function findChromium(): string;
/** Throws "Chromium not found at …. Install it with: apt-get install -y chromium" when it is missing. */
export declare function launchChromium(): Promise<Browser>;
