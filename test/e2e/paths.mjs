// Where the e2e pieces live and where their build output goes. Shared by the setup script, the
// screenshot script and the tests, so none of them guesses another's layout.
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Git-ignored (test-results/): packed tarball, host copies with their node_modules, host builds. */
export const WORK_DIR = fileURLToPath(new URL('../../test-results/e2e-work/', import.meta.url));
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../test-results/screenshots/', import.meta.url));
/** Host apps, each with the React major it proves the package against. */
export const HOSTS = /** @type {const} */ (['host', 'host-react18']);
/** The Next.js App Router host: built with `next build`, served by `next start`, not by the reference server. */
export const NEXT_HOST = 'host-next';
/** Where the Next.js host is installed and built (its .next/ inside). */
export const NEXT_HOST_DIR = fileURLToPath(new URL(`../../test-results/e2e-work/${NEXT_HOST}/`, import.meta.url));

/** The built static files of a host app, as the reference server serves them. */
export function hostDistDir(host) {
  return fileURLToPath(new URL(`../../test-results/e2e-work/${host}/dist/`, import.meta.url));
}
