// Launches Debian's Chromium through playwright-core: no browser is ever downloaded.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const DEFAULT_PATH = '/usr/bin/chromium';

/** Where Chromium is expected: `CHROMIUM_PATH`, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? DEFAULT_PATH;

/** Flags from TOOLCHAIN.md that keep Chromium quiet on a closed network and in containers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `CHROMIUM_PATH` or /usr/bin/chromium; throws one clear line when it is not there. */
export function findChromium() {
  const executablePath = CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`,
    );
  }
  return executablePath;
}

export async function launchChromium() {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}
